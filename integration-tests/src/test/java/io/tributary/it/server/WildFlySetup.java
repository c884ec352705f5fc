package io.tributary.it.server;

import org.jboss.as.arquillian.api.ReloadIfRequired;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * Prepares the server the way the README tells an operator to: the data source the WAR expects
 * ({@value #DATASOURCE}), the batch job repository on it, and thread pools sized for
 * {@value #CONCURRENT_JOBS} five-agent jobs at once or one due-diligence job with its partitions.
 * The server runs on a read-only configuration, so none of this outlives the test run.
 */
@ReloadIfRequired
public class WildFlySetup implements ServerSetupTask {

    public static final String DATASOURCE = "java:jboss/datasources/TributaryDS";
    /** In memory, so every run starts empty; a 10 s lock wait, as H2's 2 s is too short for parallel writers. */
    public static final String URL = "jdbc:h2:mem:tributary;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    static final int CONCURRENT_JOBS = 2;
    static final int AGENTS = 5;
    /** Partitions at once in each of the two partitioned steps of due-diligence (press, regulatory). */
    static final int PARTITIONS = 4;
    /**
     * A job holds a batch thread for itself, one per flow of its split and one per running
     * partition: two five-agent jobs at once, or one due-diligence job at full width.
     */
    static final int BATCH_THREADS = Math.max(CONCURRENT_JOBS * (1 + AGENTS), 1 + AGENTS + 2 * PARTITIONS);
    /** Every running agent step or partition has one agent call in flight on the managed executor. */
    static final int AGENT_THREADS = Math.max(CONCURRENT_JOBS * AGENTS, AGENTS - 2 + 2 * PARTITIONS);

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        ModelNode ds = Operations.createAddOperation(address("subsystem", "datasources", "data-source", "TributaryDS"));
        ds.get("jndi-name").set(DATASOURCE);
        ds.get("driver-name").set("h2");
        ds.get("connection-url").set(URL);
        ds.get("user-name").set("sa");
        ds.get("password").set("sa");
        ds.get("max-pool-size").set(BATCH_THREADS + 8);
        executeOperation(client, ds);

        ModelNode repository = Operations.createAddOperation(
                address("subsystem", "batch-jberet", "jdbc-job-repository", "tributary"));
        repository.get("data-source").set("TributaryDS");
        executeOperation(client, repository);
        executeOperation(client, Operations.createWriteAttributeOperation(address("subsystem", "batch-jberet"),
                "default-job-repository", "tributary"));
        executeOperation(client, Operations.createWriteAttributeOperation(
                address("subsystem", "batch-jberet", "thread-pool", "batch"), "max-threads", BATCH_THREADS));
        executeOperation(client, Operations.createWriteAttributeOperation(
                address("subsystem", "ee", "managed-executor-service", "default"), "core-threads", AGENT_THREADS));
    }

    /** Nothing to undo: the configuration is read-only and the server stops after the tests. */
    @Override
    public void tearDown(ManagementClient client, String containerId) {
    }

    private static ModelNode address(String... pairs) {
        return Operations.createAddress(pairs);
    }
}
