package io.tributary.core.bootstrap;

import io.tributary.api.InvalidInputException;
import io.tributary.core.jobxml.JobXmlExpansion;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>A bounded pool queues what it cannot run at once instead of refusing it, and JBeret starts a
 * job only while two threads stay free after it, so there is always a thread that does not hold a
 * job: the flows of a split wait their turn but always get one, and a split cannot deadlock
 * waiting for threads. (Partitioned steps inside a split are another matter: their step thread
 * waits for its partitions, so give such jobs an unbounded pool.)
 */
public final class TributaryBatchEnvironment implements BatchEnvironment {

    /** The smallest bound: JBeret starts a job only while two threads stay free after it. */
    public static final int MIN_THREADS = 2;

    private final BeanManager beanManager;
    private final JobRepository repository;
    private final ThreadPoolExecutor threads;
    private final JobExecutor executor;
    private final JobXmlResolver resolver;
    private final Properties properties = new Properties();

    /**
     * @param maxThreads bound of the batch pool ({@code batch.threads.max}); 0 for unbounded, else
     *                   at least {@value #MIN_THREADS}. A job holds one thread for itself and one
     *                   per running flow or partition.
     */
    public TributaryBatchEnvironment(BeanManager beanManager, JobRepository repository, int maxThreads) {
        if (maxThreads < 0 || maxThreads == 1) {
            throw new InvalidInputException("batch.threads.max must be 0 (unbounded) or at least " + MIN_THREADS
                    + " (a job's own thread and one for its steps), was " + maxThreads);
        }
        this.beanManager = beanManager;
        this.repository = repository;
        this.threads = maxThreads == 0 ? unbounded() : bounded(maxThreads);
        this.executor = new JobExecutor(threads) {
            @Override
            protected int getMaximumPoolSize() {
                return threads.getMaximumPoolSize();
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

    /** A thread per task, idle threads ending after a minute. */
    private static ThreadPoolExecutor unbounded() {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new BatchThreads());
    }

    /** At most {@code max} threads; tasks beyond wait in a queue rather than being refused. */
    private static ThreadPoolExecutor bounded(int max) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(max, max, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new BatchThreads());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    public ClassLoader getClassLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : TributaryBatchEnvironment.class.getClassLoader();
    }

    @Override
    public ArtifactFactory getArtifactFactory() {
        return new CdiArtifactFactory(beanManager);
    }

    @Override
    public void submitTask(JobTask task) {
        executor.execute(task);
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
        return threads.getActiveCount();
    }

    /** Batch tasks (jobs' flows) waiting for a thread of a bounded pool right now. */
    public int queuedTasks() {
        return threads.getQueue().size();
    }

    /** Stops taking work; running jobs finish on their threads. */
    public ExecutorService executorService() {
        return threads;
    }

    /** Named daemon threads, so a forgotten job never keeps the JVM alive. */
    private static final class BatchThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "tributary-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
