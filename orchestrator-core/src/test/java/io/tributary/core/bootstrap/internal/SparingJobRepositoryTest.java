package io.tributary.core.bootstrap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jberet.job.model.Job;
import org.jberet.repository.JdbcRepository;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.runtime.JobInstanceImpl;
import org.jberet.runtime.StepExecutionImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calls JBeret's step runner makes, in its order, against JBeret's JDBC repository on an H2
 * database in memory: which writes reach STEP_EXECUTION, counted by H2, and what the row holds.
 */
class SparingJobRepositoryTest {

    private JdbcDataSource db;
    private Connection keepOpen;
    private SparingJobRepository repository;
    private JobExecutionImpl job;

    @BeforeEach
    void open() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        keepOpen = db.getConnection();
        repository = new SparingJobRepository(new JdbcRepository(db, new Properties()));
        JobInstanceImpl instance = repository.createJobInstance(new Job("sparing"), null, getClass().getClassLoader());
        job = repository.createJobExecution(instance, new Properties());
        sql("SET QUERY_STATISTICS TRUE");
    }

    @AfterEach
    void close() throws SQLException {
        sql("SHUTDOWN");
        keepOpen.close();
    }

    @Test
    void endedStep_itsLastWriteLeftOut_whenTheWriteAfterItsListenersStoredTheSameRow() throws Exception {
        StepExecutionImpl step = started("agent");
        step.setPersistentUserData("one finding");
        step.setExitStatus("DELIVERED");

        String row = endTwice(step, BatchStatus.COMPLETED, () -> { });

        assertThat(stepUpdates()).isEqualTo(2);
        assertThat(row).isEqualTo("COMPLETED|DELIVERED|" + step.getEndTime().getTime() + "|one finding");
    }

    /** Checkpoints ({@code savePersistentDataIfNotStopping}) and plain saves of a STARTED row alike. */
    @ParameterizedTest(name = "checkpoint: {0}")
    @ValueSource(booleans = {true, false})
    void rowStillStarted_everyWriteGoesThrough_evenWhenItRepeatsTheLastOne(boolean checkpoint) throws Exception {
        StepExecutionImpl step = started("agent");
        step.getStepMetrics().increment(Metric.MetricType.READ_COUNT, 1);
        for (int i = 0; i < 2; i++) {
            if (checkpoint) {
                repository.savePersistentDataIfNotStopping(job, step);
            } else {
                repository.savePersistentData(job, step);
            }
        }

        assertThat(stepUpdates()).isEqualTo(2);
    }

    @Test
    void stopAskedInAnotherProcess_stillReachesTheStepAtItsNextCheckpoint() throws Exception {
        StepExecutionImpl step = started("agent");
        repository.savePersistentDataIfNotStopping(job, step);
        sql("UPDATE STEP_EXECUTION SET BATCHSTATUS='STOPPING' WHERE BATCHSTATUS='STARTED' AND JOBEXECUTIONID="
                + job.getExecutionId());

        assertThat(repository.savePersistentDataIfNotStopping(job, step)).isZero();
    }

    @Test
    void stepStoppedAfterItsListeners_lastWriteGoesThrough_withTheNewStatus() throws Exception {
        StepExecutionImpl step = started("agent");
        String row = endTwice(step, BatchStatus.STOPPING, () -> step.setBatchStatus(BatchStatus.STOPPED));

        assertThat(stepUpdates()).isEqualTo(3);
        assertThat(row).startsWith("STOPPED|");
    }

    @Test
    void failedStepWithAnException_alwaysWrittenInFull() throws Exception {
        StepExecutionImpl step = started("agent");
        step.setException(new IllegalStateException("source unreadable"));
        String row = endTwice(step, BatchStatus.FAILED, () -> { });

        assertThat(stepUpdates()).isEqualTo(3);
        assertThat(row).startsWith("FAILED|");
    }

    @Test
    void valueChangedAfterTheListeners_lastWriteGoesThrough() throws Exception {
        StepExecutionImpl step = started("agent");
        String row = endTwice(step, BatchStatus.COMPLETED, () -> step.setPersistentUserData("added late"));

        assertThat(stepUpdates()).isEqualTo(3);
        assertThat(row).endsWith("|added late");
    }

    @Test
    void stepsForgotten_afterTheirLastWrite_orWhenTheirJobEnds() {
        StepExecutionImpl ended = started("ended");
        StepExecutionImpl cutShort = started("cut-short");
        assertThat(repository.remembered()).isEqualTo(2);

        repository.updateStepExecution(ended);
        assertThat(repository.remembered()).isEqualTo(1);
        job.setBatchStatus(BatchStatus.FAILED);
        repository.updateJobExecution(job, true, false);
        assertThat(repository.remembered()).isZero();
    }

    private StepExecutionImpl started(String name) {
        StepExecutionImpl step = repository.createStepExecution(name);
        step.setBatchStatus(BatchStatus.STARTED);
        repository.addStepExecution(job, step);
        return step;
    }

    /**
     * A batchlet step's end as JBeret's runner writes it: its checkpoint once it has run, then
     * {@code status} after its listeners, then, with {@code between} done meanwhile, once it is
     * over; the row as stored afterwards.
     */
    private String endTwice(StepExecutionImpl step, BatchStatus status, Runnable between) {
        assertThat(repository.savePersistentDataIfNotStopping(job, step)).isEqualTo(1);
        step.setBatchStatus(status);
        repository.savePersistentData(job, step);
        between.run();
        repository.updateStepExecution(step);
        return row(step);
    }

    @Test
    void jobExecutionItCreated_notEndedAndWithoutSteps_isTheObjectTheJobRunsOn_withoutARead() throws Exception {
        job.setBatchStatus(BatchStatus.STARTED);
        repository.updateJobExecution(job, false, false);

        assertThat(repository.getJobExecution(job.getExecutionId())).isSameAs(job);
        assertThat(ran("SELECT * FROM JOB_EXECUTION %")).isZero();
    }

    @Test
    void jobExecutionWrittenAtItsEnd_isAnsweredByJBeretAsBefore() throws Exception {
        job.setBatchStatus(BatchStatus.COMPLETED);
        repository.updateJobExecution(job, true, false);

        assertThat(repository.getJobExecution(job.getExecutionId()).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void jobExecutionItDidNotCreate_isReadAsJBeretReadsIt() throws Exception {
        SparingJobRepository other = new SparingJobRepository(new JdbcRepository(db, new Properties()));

        JobExecution read = other.getJobExecution(job.getExecutionId());

        assertThat(read).isNotSameAs(job);
        assertThat(read.getExecutionId()).isEqualTo(job.getExecutionId());
        assertThat(ran("SELECT * FROM JOB_EXECUTION %")).isEqualTo(1);
    }

    /** Updates of STEP_EXECUTION the database ran since the test's setup. */
    private long stepUpdates() throws SQLException {
        return ran("UPDATE STEP_EXECUTION %");
    }

    /** Executions of statements like {@code pattern} the database ran since the test's setup. */
    private long ran(String pattern) throws SQLException {
        try (Statement s = keepOpen.createStatement(); ResultSet r = s.executeQuery(
                "SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                        + " WHERE SQL_STATEMENT LIKE '" + pattern + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Status, exit status, end time and user data of the step's row, as the repository reads it back. */
    private String row(StepExecution step) {
        StepExecution stored = new JdbcRepository(db, new Properties())
                .getStepExecutions(job.getExecutionId(), getClass().getClassLoader()).stream()
                .filter(s -> s.getStepExecutionId() == step.getStepExecutionId()).findFirst().orElseThrow();
        return stored.getBatchStatus() + "|" + stored.getExitStatus() + "|" + stored.getEndTime().getTime() + "|"
                + stored.getPersistentUserData();
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = keepOpen.createStatement()) {
            s.execute(statement);
        }
    }
}
