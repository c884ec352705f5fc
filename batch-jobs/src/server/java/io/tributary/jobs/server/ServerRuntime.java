package io.tributary.jobs.server;

import io.tributary.api.InvalidInputException;
import io.tributary.core.agent.AgentCalls;
import io.tributary.core.config.Settings;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.core.store.internal.Pricing;
import io.tributary.core.store.internal.StoreSchema;
import io.tributary.core.store.internal.TransactionStrategy;
import io.tributary.core.tracing.Tracing;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SchemaValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The runtime's services in an application server, offered as the beans the batch artifacts
 * inject ({@link Settings}, {@link ResultStore}, {@link AgentCalls}, {@link Clock}, {@link Tracing});
 * in Java SE the bootstrap offers the same beans. Here the store runs on the WAR's persistence unit
 * {@value #PERSISTENCE_UNIT} (the server's data source, JTA) and agent calls on the server's
 * default managed executor. The schema is migrated when the application starts, before any job.
 */
@ApplicationScoped
public class ServerRuntime {

    public static final String PERSISTENCE_UNIT = "tributary";
    /** The system property under which WildFly names its data directory, the default work directory. */
    public static final String SERVER_DATA_DIR = "jboss.server.data.dir";
    private static final String JTA_DATA_SOURCE = "jakarta.persistence.jtaDataSource";

    private static final Logger LOG = Logger.getLogger(ServerRuntime.class.getName());

    @PersistenceUnit(unitName = PERSISTENCE_UNIT)
    EntityManagerFactory emf;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService agentThreads;
    @Inject
    ContainerTransactions boundaries;

    private Settings settings;
    private ResultStore store;
    private AgentCalls calls;
    private Tracing tracing;

    @PostConstruct
    void start() {
        settings = Settings.load(home());
        store = new JpaResultStore(TransactionStrategy.jta(emf, boundaries),
                new Pricing(settings.getDouble("price.input.per1k"), settings.getDouble("price.output.per1k")));
        calls = new AgentCalls(agentThreads, settings.getInt("agents.concurrency"), Clock.systemUTC());
        tracing = Tracing.fromSettings(settings);
    }

    /** Flushes and closes the span exporter; the agent threads and the data source are the server's. */
    @PreDestroy
    void stop() {
        tracing.close();
    }

    /** Migrates and validates the schema as the application starts: a deployment on a bad database fails here. */
    void migrate(@Observes @Initialized(ApplicationScoped.class) Object started) {
        StoreSchema.migrate(dataSource());
        try {
            emf.getSchemaManager().validate();
        } catch (SchemaValidationException e) {
            throw new IllegalStateException("The result store's tables do not match its entities after the migration: "
                    + e.getMessage(), e);
        }
        LOG.info(() -> "Tributary store ready; work directory " + settings.home());
    }

    @Produces
    @Dependent
    Settings settings() {
        return settings;
    }

    @Produces
    @Dependent
    ResultStore store() {
        return store;
    }

    @Produces
    @Dependent
    AgentCalls calls() {
        return calls;
    }

    @Produces
    @Dependent
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Dependent
    Tracing tracing() {
        return tracing;
    }

    /**
     * The work directory (reports): {@code tributary.home} or {@code TRIBUTARY_HOME} when set,
     * else {@code tributary} under the server's data directory.
     */
    private static Path home() {
        if (System.getProperty(Settings.SYSTEM_PREFIX + Settings.HOME) != null
                || System.getenv(Settings.envName(Settings.HOME)) != null) {
            return null;
        }
        String dataDir = System.getProperty(SERVER_DATA_DIR);
        if (dataDir == null) {
            throw new InvalidInputException("Tributary needs a work directory for its reports: set the system property "
                    + Settings.SYSTEM_PREFIX + Settings.HOME + " or the environment variable "
                    + Settings.envName(Settings.HOME));
        }
        return Path.of(dataDir, "tributary");
    }

    /**
     * The persistence unit's JTA data source, which Flyway migrates through: the provider holds it
     * under the standard property, as the data source itself or as its JNDI name.
     */
    private DataSource dataSource() {
        Object ds = emf.getProperties().get(JTA_DATA_SOURCE);
        if (ds instanceof DataSource dataSource) {
            return dataSource;
        }
        if (ds instanceof String name && !name.isBlank()) {
            try {
                return (DataSource) new InitialContext().lookup(name);
            } catch (NamingException e) {
                throw new InvalidInputException("Data source '" + name + "' of persistence unit '" + PERSISTENCE_UNIT
                        + "' is not bound in the server: " + e.getMessage(), e);
            }
        }
        throw new InvalidInputException("Persistence unit '" + PERSISTENCE_UNIT
                + "' names no JTA data source (jta-data-source in META-INF/persistence.xml)");
    }
}
