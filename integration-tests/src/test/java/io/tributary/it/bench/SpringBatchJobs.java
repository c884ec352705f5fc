package io.tributary.it.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tributary.it.support.ScriptedAgent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The job shape of {@link MinimalJBeret} on Spring Batch 6: five tasklet steps in a split on a
 * {@code TaskExecutor}, then a final step, with Spring Batch's JDBC job repository on an H2 file
 * database of its own (the same URL options as Tributary's) behind a HikariCP pool of the same size.
 * The split's executor is unbounded, as Tributary's default batch pool is. Jobs run on the client's
 * thread, as {@code JobOperator.start} with a synchronous launcher runs them.
 */
final class SpringBatchJobs implements Variant {

    static final String NAME = "Spring Batch 6";

    /**
     * Spring Batch logs an INFO line per job and step; quietened as Tributary quietens JBeret's, and
     * held here because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger SPRING_LOG = java.util.logging.Logger.getLogger("org.springframework");

    private final HikariDataSource dataSource;
    private final ExecutorService splitThreads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "spring-batch-split");
        t.setDaemon(true);
        return t;
    });
    private final TaskExecutorJobOperator operator;
    private final List<Job> jobs;
    private final AtomicLong runs = new AtomicLong();

    SpringBatchJobs(Path dir, int poolSize, FiveAgents shape, List<Path> dossiers) throws Exception {
        SPRING_LOG.setLevel(java.util.logging.Level.WARNING);
        dataSource = pool(dir, poolSize);
        try {
            new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"))
                    .execute(dataSource);
            JdbcTransactionManager tx = new JdbcTransactionManager(dataSource);
            JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
            factory.setDataSource(dataSource);
            factory.setTransactionManager(tx);
            factory.afterPropertiesSet();
            JobRepository repository = factory.getObject();
            operator = new TaskExecutorJobOperator();
            operator.setJobRepository(repository);
            operator.setJobRegistry(new MapJobRegistry());
            operator.setTaskExecutor(new SyncTaskExecutor());
            operator.afterPropertiesSet();
            ScriptedAgent agent = new ScriptedAgent();
            jobs = dossiers.stream().map(d -> job(repository, tx, shape, agent, d)).toList();
        } catch (Exception | Error e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariDataSource pool(Path dir, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("springbatch").toAbsolutePath()
                + ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("spring-batch");
        return new HikariDataSource(config);
    }

    private Job job(JobRepository repository, JdbcTransactionManager tx, FiveAgents shape, ScriptedAgent agent,
            Path dossier) {
        Flow[] flows = new Flow[FiveAgents.ROLES.size()];
        for (int i = 0; i < flows.length; i++) {
            int index = i;
            Step step = new StepBuilder(FiveAgents.ROLES.get(i), repository).tasklet((contribution, chunk) -> {
                long run = chunk.getStepContext().getStepExecution().getJobExecutionId();
                Baselines.requireFindings(shape.call(agent, index, dossier, run));
                return RepeatStatus.FINISHED;
            }, tx).build();
            flows[i] = new FlowBuilder<SimpleFlow>(FiveAgents.ROLES.get(i) + "-flow").start(step).build();
        }
        Flow split = new FlowBuilder<SimpleFlow>("agents").split(new TaskExecutorAdapter(splitThreads)).add(flows)
                .build();
        Step done = new StepBuilder("done", repository).tasklet((c, chunk) -> RepeatStatus.FINISHED, tx).build();
        return new JobBuilder("bench-five", repository).start(split).next(done).end().build();
    }

    /** The job repository's database, for counting its statements. */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void runJob(int slot) throws Exception {
        JobExecution e = operator.start(jobs.get(slot % jobs.size()),
                new JobParametersBuilder().addLong("run", runs.incrementAndGet()).toJobParameters());
        if (e.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("Spring Batch execution " + e.getId() + " ended " + e.getStatus() + " "
                    + e.getAllFailureExceptions());
        }
    }

    @Override
    public void close() {
        splitThreads.shutdownNow();
        dataSource.close();
    }
}
