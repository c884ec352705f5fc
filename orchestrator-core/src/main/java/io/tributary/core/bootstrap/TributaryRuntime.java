package io.tributary.core.bootstrap;

import io.tributary.core.agent.AgentCalls;
import io.tributary.core.agent.AgentThreads;
import io.tributary.core.bootstrap.internal.ParsedJobsOperator;
import io.tributary.core.bootstrap.internal.SparingJobRepository;
import io.tributary.core.batch.CheckpointWindow;
import io.tributary.core.config.Settings;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.core.store.internal.Pricing;
import io.tributary.core.tracing.Tracing;
import jakarta.batch.operations.JobOperator;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.BiFunction;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jberet.repository.InMemoryRepository;
import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import org.jberet.spi.JobOperatorContext;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The runtime in Java SE: database and result store, one Weld container holding the agents and
 * batch artifacts, and JBeret running on them with a JDBC job repository (JBeret's own, without the
 * step writes that would store nothing new). One per process is
 * the norm; close it to release the database and threads.
 */
public final class TributaryRuntime implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TributaryRuntime.class.getName());
    /** How long {@link #close} waits for batch threads before interrupting them, and after. */
    private static final java.time.Duration CLOSE_GRACE = java.time.Duration.ofSeconds(5);

    private final Settings settings;
    private final Database database;
    private final ResultStore store;
    private final AgentCalls calls;
    private final WeldContainer container;
    private final TributaryBatchEnvironment environment;
    private final JobOperator operator;
    private final Tracing tracing;

    private TributaryRuntime(Settings settings, Database database, ResultStore store, AgentCalls calls,
            WeldContainer container, TributaryBatchEnvironment environment, Tracing tracing) {
        this.tracing = tracing;
        this.settings = settings;
        this.database = database;
        this.store = store;
        this.calls = calls;
        this.container = container;
        this.environment = environment;
        this.operator = new ParsedJobsOperator(environment);
    }

    /** Starts everything; on failure releases what was started and rethrows. */
    public static TributaryRuntime start(Settings settings) {
        Duration retryFor = settings.getDuration("db.retry.for");
        Duration startVisibleAfter = settings.getDuration("store.start.visible-after");
        return start(settings, (emf, pricing) -> new JpaResultStore(emf, pricing, retryFor, startVisibleAfter));
    }

    /**
     * Starts everything with a result store of the caller's making (a decorated store, or one with
     * another locking strategy in tests).
     */
    public static TributaryRuntime start(Settings settings,
            BiFunction<EntityManagerFactory, Pricing, ResultStore> storeFactory) {
        return start(settings, storeFactory, Tracing.fromSettings(settings));
    }

    /** Starts everything with the caller's store factory and tracing (tests: an in-memory span exporter). */
    public static TributaryRuntime start(Settings settings,
            BiFunction<EntityManagerFactory, Pricing, ResultStore> storeFactory, Tracing tracing) {
        CheckpointWindow.of(settings); // a bad window is refused before anything starts, naming the setting
        quietBatchLogging();
        Database database = Database.open(settings);
        AgentCalls calls = null;
        try {
            ResultStore store = storeFactory.apply(database.entityManagerFactory(),
                    new Pricing(settings.getDouble("price.input.per1k"), settings.getDouble("price.output.per1k")));
            calls = new AgentCalls(AgentThreads.create(settings.get("agents.threads")),
                    settings.getInt("agents.concurrency"), Clock.systemUTC());
            // No shutdown hook of Weld's own: on SIGTERM the launcher stops the job first and then
            // closes this runtime; a container shut down under running steps fails them.
            Weld weld = new Weld("tributary-" + UUID.randomUUID()).skipShutdownHook()
                    .addExtension(new RuntimeBeans(settings, store, calls, Clock.systemUTC(), tracing));
            WeldContainer container = weld.initialize();
            TributaryBatchEnvironment env = new TributaryBatchEnvironment(container.getBeanManager(),
                    jobRepository(settings, database), settings.getInt("batch.threads.max"),
                    settings.getInt("batch.jobs.max"));
            TributaryRuntime runtime = new TributaryRuntime(settings, database, store, calls, container, env, tracing);
            JobOperatorContext context = JobOperatorContext.create(runtime.operator);
            JobOperatorContext.setJobOperatorContextSelector(() -> context);
            return runtime;
        } catch (RuntimeException e) {
            if (calls != null) {
                calls.close();
            }
            database.close();
            throw e;
        }
    }

    public JobOperator jobOperator() {
        return operator;
    }

    public ResultStore store() {
        return store;
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public TributaryBatchEnvironment batchEnvironment() {
        return environment;
    }

    /** A bean of the runtime's container, for embedding applications and tests. */
    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    @Override
    public void close() {
        JobOperatorContext.setJobOperatorContextSelector(null);
        stopBatchThreads(environment.executorService());
        calls.close();
        try {
            container.shutdown();
        } finally {
            if (store instanceof AutoCloseable closeable) {
                closeStore(closeable);
            }
            tracing.close();
            database.close();
        }
    }

    /** Closes the store before its database: its own threads end first. */
    private static void closeStore(AutoCloseable store) {
        try {
            store.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, e, () -> "The result store did not close cleanly; closing its database anyway");
        }
    }

    /**
     * Lets the batch threads finish what they are doing (a job that has just ended still writes its
     * last rows) before interrupting the rest, and waits for the interrupted ones too: a thread
     * interrupted inside an H2 file write makes H2 close the database, and that must be over before
     * the database is flushed and closed here.
     */
    private static void stopBatchThreads(java.util.concurrent.ExecutorService threads) {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(CLOSE_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                LOG.warning("Batch threads still busy " + CLOSE_GRACE.toSeconds() + " s after close; interrupting them");
                threads.shutdownNow();
                threads.awaitTermination(CLOSE_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static JobRepository jobRepository(Settings settings, Database database) {
        String type = settings.get("jobs.repository");
        switch (type) {
            case "jdbc":
                return new SparingJobRepository(database.underStartupLock(
                        () -> new JdbcRepository(database.dataSource(), new Properties())));
            case "in-memory":
                return new InMemoryRepository();
            default:
                throw new io.tributary.api.InvalidInputException(
                        "jobs.repository must be jdbc or in-memory, was '" + type + "'");
        }
    }

    /** Loggers quietened at start; held here because java.util.logging keeps loggers only weakly. */
    private static final java.util.List<Logger> QUIETENED = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Quietens the libraries' INFO lines (JBeret logs one per job and step; at scale that is most
     * of its cost), for the runtime and for a reader of the database that starts without it.
     */
    public static void quietBatchLogging() {
        for (String name : java.util.List.of("org.jberet", "org.hibernate", "org.jboss.weld", "com.zaxxer.hikari",
                "org.flywaydb", "org.tribuo")) {
            Logger logger = Logger.getLogger(name);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
                QUIETENED.add(logger);
            }
        }
        LOG.fine("batch logging quietened");
    }
}
