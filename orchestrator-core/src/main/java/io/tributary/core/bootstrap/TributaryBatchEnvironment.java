package io.tributary.core.bootstrap;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.transaction.TransactionManager;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
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
 * application's CDI container, the job repository on the shared pooled data source, and a
 * thread pool of a known bound.
 */
public final class TributaryBatchEnvironment implements BatchEnvironment {

    private final BeanManager beanManager;
    private final JobRepository repository;
    private final ThreadPoolExecutor threads;
    private final JobExecutor executor;
    private final JobXmlResolver resolver;
    private final Properties properties = new Properties();

    /**
     * @param maxThreads bound of the batch pool; 0 for unbounded. A job holds one thread for
     *                   itself and one per running flow or partition.
     */
    public TributaryBatchEnvironment(BeanManager beanManager, JobRepository repository, int maxThreads) {
        this.beanManager = beanManager;
        this.repository = repository;
        this.threads = new ThreadPoolExecutor(0, maxThreads <= 0 ? Integer.MAX_VALUE : maxThreads,
                60, TimeUnit.SECONDS, new SynchronousQueue<>(), new BatchThreads());
        this.executor = new JobExecutor(threads) {
            @Override
            protected int getMaximumPoolSize() {
                return threads.getMaximumPoolSize();
            }
        };
        this.resolver = new ChainedJobXmlResolver(
                java.util.ServiceLoader.load(JobXmlResolver.class, getClassLoader()),
                new ClassPathJobXmlResolver(), new MetaInfBatchJobsJobXmlResolver());
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
