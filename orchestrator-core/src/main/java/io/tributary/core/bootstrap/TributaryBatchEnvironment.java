package io.tributary.core.bootstrap;

import io.tributary.api.InvalidInputException;
import io.tributary.core.bootstrap.internal.BatchXmlOnce;
import io.tributary.core.jobxml.JobXmlExpansion;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import org.jberet.repository.JobRepository;
import org.jberet.se.ClassPathJobXmlResolver;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobExecutor;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;
import org.jberet.tools.ChainedJobXmlResolver;
import org.jberet.tools.MetaInfBatchJobsJobXmlResolver;
import org.jberet.tx.LocalTransactionManager;

/**
 * JBeret's environment in Java SE, assembled from Tributary's parts: artifacts from the
 * application's CDI container, the job repository on the shared pooled data source, job XML
 * read once with its one-line agents expanded and its agent steps checked, and a thread pool of a
 * known bound.
 *
 * <p>JBeret starts a job only while two threads stay free after it. A bounded pool runs at most its
 * bound of tasks at once: a job beyond it waits in a queue, while a flow of a split or a partition
 * of a step takes a free thread or, when none is left, runs on the thread of the split or step that
 * hands it over (see {@link BatchThreadPool}). Waiting for a queued flow would deadlock as soon as
 * splits nest (a split in a flow of a split: the job's thread and the outer flow's thread both wait
 * for inner flows no thread is left to run) or a split holds partitioned steps; lending the waiting
 * thread cannot.
 *
 * <p>Either pool may admit a bounded number of jobs at once ({@code batch.jobs.max}); jobs beyond it
 * wait in the queue in the order they were started, while the admitted jobs' flows and partitions
 * keep threads of their own.
 */
public final class TributaryBatchEnvironment implements BatchEnvironment {

    /** The smallest bound: JBeret starts a job only while two threads stay free after it. */
    public static final int MIN_THREADS = 2;

    private final BeanManager beanManager;
    private final JobRepository repository;
    private final BatchThreadPool threads;
    private final JobExecutor executor;
    private final JobXmlResolver resolver;
    private final Properties properties = new Properties();
    private volatile BatchXmlOnce loaderView;

    /**
     * @param maxThreads bound of the batch pool ({@code batch.threads.max}); 0 for unbounded, else
     *                   at least {@value #MIN_THREADS}. A job holds one thread for itself and one
     *                   per running flow or partition.
     */
    public TributaryBatchEnvironment(BeanManager beanManager, JobRepository repository, int maxThreads) {
        this(beanManager, repository, maxThreads, 0);
    }

    /**
     * @param maxThreads bound of the batch pool, as above
     * @param maxJobs    jobs running at once ({@code batch.jobs.max}); 0 for no limit but the pool's
     */
    public TributaryBatchEnvironment(BeanManager beanManager, JobRepository repository, int maxThreads,
            int maxJobs) {
        if (maxThreads < 0 || maxThreads == 1) {
            throw new InvalidInputException("batch.threads.max must be 0 (unbounded) or at least " + MIN_THREADS
                    + " (a job's own thread and one for its steps), was " + maxThreads);
        }
        if (maxJobs < 0) {
            throw new InvalidInputException("batch.jobs.max must be 0 (no limit) or a number of jobs, was " + maxJobs);
        }
        this.beanManager = beanManager;
        this.repository = repository;
        this.threads = maxThreads == 0 ? BatchThreadPool.unbounded(maxJobs)
                : BatchThreadPool.bounded(maxThreads, maxJobs);
        this.executor = new JobExecutor(threads) {
            @Override
            protected int getMaximumPoolSize() {
                return threads.maximumPoolSize();
            }
        };
        this.resolver = new CachingJobXmlResolver(new ChainedJobXmlResolver(otherResolvers(),
                new ClassPathJobXmlResolver(), new MetaInfBatchJobsJobXmlResolver()), JobXmlExpansion::expand);
    }

    /**
     * The application's own resolvers, found as JBeret SE finds them; not Tributary's, which is for
     * application servers and which the expanding cache around them already replaces.
     */
    private List<JobXmlResolver> otherResolvers() {
        List<JobXmlResolver> found = new ArrayList<>();
        ServiceLoader.load(JobXmlResolver.class, getClassLoader()).forEach(r -> {
            if (!(r instanceof ApplicationJobXmlResolver)) {
                found.add(r);
            }
        });
        return found;
    }

    /**
     * The thread's context class loader (or Tributary's own), seen through a view that reads its
     * {@code batch.xml} once rather than for every job; the view of the last loader asked for is kept.
     */
    @Override
    public ClassLoader getClassLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = TributaryBatchEnvironment.class.getClassLoader();
        }
        if (cl instanceof BatchXmlOnce) {
            return cl;
        }
        BatchXmlOnce view = loaderView;
        if (view == null || !view.views(cl)) {
            view = BatchXmlOnce.of(cl);
            loaderView = view;
        }
        return view;
    }

    @Override
    public ArtifactFactory getArtifactFactory() {
        return new CdiArtifactFactory(beanManager);
    }

    @Override
    public void submitTask(JobTask task) {
        // a task needing no spare permits is a flow or partition of the task this thread runs
        if (task.getRequiredRemainingPermits() <= 0 && threads.runsOnCurrentThread()) {
            threads.lendNext();
        }
        try {
            executor.execute(task);
        } finally {
            threads.clearLend();
        }
    }

    @Override
    public TransactionManager getTransactionManager() {
        return LocalTransactionManager.getInstance();
    }

    @Override
    public JobRepository getJobRepository() {
        return repository;
    }

    @Override
    public JobXmlResolver getJobXmlResolver() {
        return resolver;
    }

    @Override
    public Properties getBatchConfigurationProperties() {
        return properties;
    }

    @Override
    public String getApplicationName() {
        return null;
    }

    /** Active batch threads right now, for diagnostics and benchmarks. */
    public int activeThreads() {
        return threads.activeThreads();
    }

    /** Jobs running right now under the admission limit (0 when there is none). */
    public int admittedJobs() {
        return threads.admittedJobs();
    }

    /** Jobs admitted at once; 0 when there is no limit. */
    public int maximumJobs() {
        return threads.maximumJobs();
    }

    /** Batch tasks (jobs) waiting for a thread of a bounded pool or an admission right now. */
    public int queuedTasks() {
        return threads.queuedTasks();
    }

    /** Flows and partitions running right now on the thread that handed them over, for lack of a free one. */
    public int lentTasks() {
        return threads.lentTasks();
    }

    /** Threads of the batch pool right now, busy or idle. */
    public int poolSize() {
        return threads.poolSize();
    }

    /** Stops taking work; running jobs finish on their threads. */
    public ExecutorService executorService() {
        return threads.executorService();
    }
}
