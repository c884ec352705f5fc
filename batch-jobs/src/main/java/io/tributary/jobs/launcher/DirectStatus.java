package io.tributary.jobs.launcher;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.PartitionSummary;
import io.tributary.core.bootstrap.Database;
import io.tributary.core.config.Settings;
import io.tributary.core.store.Lease;
import io.tributary.core.store.RunInfo;
import io.tributary.core.store.internal.JdbcStoreReader;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code status} read straight from the database: one connection from the driver with the
 * runtime's URL and credentials, and plain SQL on the job repository's tables and the result store,
 * without CDI, JPA, the batch runtime, a pool or a migration, so that a scheduler polling a running
 * job gets its answer in a fraction of a runtime's start. Only a store already at the current
 * schema version is read this way, and an execution it does not hold is an error at once; anything
 * else (no database yet, an older schema, an unexpected error) leaves the answer to the full
 * runtime, which migrates and reports errors in its own words.
 */
final class DirectStatus implements ExecutionRecords {

    private static final Logger LOG = Logger.getLogger(DirectStatus.class.getName());
    private static final String EXECUTION = "select i.JOBNAME, e.JOBINSTANCEID, e.BATCHSTATUS, e.EXITSTATUS,"
            + " e.STARTTIME, e.ENDTIME from JOB_EXECUTION e join JOB_INSTANCE i on i.JOBINSTANCEID = e.JOBINSTANCEID"
            + " where e.JOBEXECUTIONID = ?";
    private static final String FAILED_STEPS = "select PERSISTENTUSERDATA from STEP_EXECUTION"
            + " where JOBEXECUTIONID = ? and BATCHSTATUS = 'FAILED' order by STEPEXECUTIONID";
    /** SQL states of a missing table: H2 and the standard, PostgreSQL. */
    private static final java.util.Set<String> TABLE_MISSING = java.util.Set.of("42S02", "42P01");
    /** A failed step's user data is the sentence it recorded; nothing but a string is ever read back. */
    private static final ObjectInputFilter ONLY_STRINGS = ObjectInputFilter.Config.createFilter("java.lang.String;!*");

    private final JdbcStoreReader store;
    private final ExecutionState execution;

    private DirectStatus(JdbcStoreReader store, ExecutionState execution) {
        this.store = store;
        this.execution = execution;
    }

    /** The summary of {@code executionId}, or empty when the full runtime has to answer. */
    static Optional<ExecutionSummary> read(Settings settings, long executionId, Instant now) {
        try (Connection c = Database.connectExisting(settings).orElse(null)) {
            return c == null ? Optional.empty() : summary(c, executionId, now);
        } catch (NoSuchJobExecutionException e) {
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.fine(() -> "status read through the full runtime: " + e);
            return Optional.empty();
        }
    }

    private static Optional<ExecutionSummary> summary(Connection c, long executionId, Instant now)
            throws SQLException, IOException {
        JdbcStoreReader store = new JdbcStoreReader(c);
        if (!store.schemaCurrent()) {
            return Optional.empty();
        }
        Optional<ExecutionState> execution = execution(c, executionId);
        if (execution.isEmpty()) {
            // a run's execution is stored before its id is printed: an id not in the repository is wrong
            throw new NoSuchJobExecutionException("No job execution with id " + executionId
                    + " (tributary executions <job> lists a job's executions)");
        }
        ExecutionSummary summary = ExecutionSummary.of(new DirectStatus(store, execution.get()), executionId, now);
        LOG.fine(() -> "execution " + executionId + " read directly from the database");
        return Optional.of(summary);
    }

    private static Optional<ExecutionState> execution(Connection c, long executionId)
            throws SQLException, IOException {
        try (PreparedStatement s = c.prepareStatement(EXECUTION)) {
            s.setLong(1, executionId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ExecutionState(rs.getString(1), rs.getLong(2),
                        BatchStatus.valueOf(rs.getString(3)), rs.getString(4), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)), failure(c, executionId).orElse(null)));
            }
        } catch (SQLException e) {
            if (TABLE_MISSING.contains(e.getSQLState())) {
                return Optional.empty(); // no execution was ever stored in this database
            }
            throw e;
        }
    }

    /** The sentence the first failed step recorded, as {@code StepFailures} stores it. */
    private static Optional<String> failure(Connection c, long executionId) throws SQLException, IOException {
        try (PreparedStatement s = c.prepareStatement(FAILED_STEPS)) {
            s.setLong(1, executionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Optional<String> message = sentence(rs.getBytes(1));
                    if (message.isPresent()) {
                        return message;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sentence(byte[] userData) throws IOException {
        if (userData == null || userData.length == 0) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(userData))) {
            in.setObjectInputFilter(ONLY_STRINGS);
            return in.readObject() instanceof String message && !message.isBlank() ? Optional.of(message)
                    : Optional.empty();
        } catch (ClassNotFoundException | java.io.InvalidClassException e) {
            return Optional.empty(); // user data of another kind: not a sentence
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public ExecutionState execution(long executionId) {
        return execution;
    }

    @Override
    public Optional<RunInfo> run(long runId) {
        return read(() -> store.run(runId));
    }

    @Override
    public List<AgentOutcome> outcomes(long runId) {
        return read(() -> store.outcomes(runId));
    }

    @Override
    public List<PolicyDecision> decisions(long runId) {
        return read(() -> store.decisions(runId));
    }

    @Override
    public List<PartitionSummary> partitions(long runId) {
        return read(() -> store.partitions(runId));
    }

    @Override
    public Optional<Lease> lease(long executionId) {
        return read(() -> store.lease(executionId));
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T read(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the result store: " + e.getMessage(), e);
        }
    }
}
