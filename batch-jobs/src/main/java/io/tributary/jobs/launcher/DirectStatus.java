package io.tributary.jobs.launcher;

import com.zaxxer.hikari.HikariDataSource;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.PartitionSummary;
import io.tributary.core.bootstrap.Database;
import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import io.tributary.core.store.Lease;
import io.tributary.core.store.RunInfo;
import io.tributary.core.store.internal.JdbcStoreReader;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.jberet.repository.JdbcRepository;
import org.jberet.runtime.JobExecutionImpl;

/**
 * {@code status} read straight from the database: one small pool with the runtime's URL and
 * credentials, JBeret's JDBC job repository and plain SQL on the result store, without CDI, JPA or
 * a migration. Only a store already at the current schema version is read this way; anything else
 * (no database yet, an older schema, an unknown execution, an unexpected error) leaves the answer
 * to the full runtime, which migrates and reports errors in its own words.
 */
final class DirectStatus implements ExecutionRecords {

    private static final Logger LOG = Logger.getLogger(DirectStatus.class.getName());

    private final JdbcRepository repository;
    private final JdbcStoreReader store;

    private DirectStatus(JdbcRepository repository, JdbcStoreReader store) {
        this.repository = repository;
        this.store = store;
    }

    /** The summary of {@code executionId}, or empty when the full runtime has to answer. */
    static Optional<ExecutionSummary> read(Settings settings, long executionId, Instant now) {
        TributaryRuntime.quietBatchLogging();
        try {
            Optional<HikariDataSource> pool = Database.existing(settings);
            if (pool.isEmpty()) {
                return Optional.empty();
            }
            try (HikariDataSource ds = pool.get(); Connection c = ds.getConnection()) {
                return summary(ds, new JdbcStoreReader(c), executionId, now);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.fine(() -> "status read through the full runtime: " + e);
            return Optional.empty();
        }
    }

    private static Optional<ExecutionSummary> summary(HikariDataSource ds, JdbcStoreReader store, long executionId,
            Instant now) throws SQLException {
        if (!store.schemaCurrent()) {
            return Optional.empty();
        }
        DirectStatus records = new DirectStatus(new JdbcRepository(ds, new Properties()), store);
        JobExecution e = records.repository.getJobExecution(executionId);
        if (e == null) {
            return Optional.empty();
        }
        boolean orphaned = ExecutionSummary.orphaned(e, store.lease(executionId), now, Leases.STALE);
        ExecutionSummary summary = ExecutionSummary.of(records, executionId, orphaned);
        LOG.fine(() -> "execution " + executionId + " read directly from the database");
        return Optional.of(summary);
    }

    @Override
    public JobExecution execution(long executionId) {
        return repository.getJobExecution(executionId);
    }

    @Override
    public long runId(long executionId) {
        return ((JobExecutionImpl) repository.getJobExecution(executionId)).getJobInstance().getInstanceId();
    }

    @Override
    public List<StepExecution> steps(long executionId) {
        return repository.getStepExecutions(executionId, DirectStatus.class.getClassLoader());
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
