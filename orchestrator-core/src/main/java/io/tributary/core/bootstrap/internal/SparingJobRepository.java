package io.tributary.core.bootstrap.internal;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.AbstractStepExecution;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.runtime.JobInstanceImpl;
import org.jberet.runtime.StepExecutionImpl;

/**
 * JBeret's job repository without the step writes that store nothing new, nor the reads of a job
 * execution that it holds as it is. At its end a step is
 * written twice: once its listeners have run ({@code savePersistentData}) and again once it is
 * over ({@code updateStepExecution}), almost always with the same values, a final status among
 * them. The second write is left out when the row as this repository last wrote it holds exactly
 * what it would write and its status is final: JBeret's stop marks only STARTED rows, so no one
 * else has changed such a row since, and the database already says what the write would say.
 *
 * <p>Every other call goes through unchanged: the conditional writes of checkpoints and of a
 * batchlet's end ({@code savePersistentDataIfNotStopping}) are how a stop asked in another process
 * reaches a running step, and a step whose execution holds an exception is always written. Only
 * the steps running now are remembered: a step is forgotten after its last write, and all of a job's
 * when the job's execution is written at its end.
 *
 * <p>Nor does it read back a job execution that it created itself and that has not ended: JBeret's
 * JDBC repository reads the row again for an execution not ended that has no step execution yet
 * (one it may have read from the database before), although for one it created it returns the
 * object it holds unless another process has ended the row. That object is the one the job runs
 * on, which writes the row, so this repository returns it until the job's execution is written at
 * its end; from then on JBeret's own cache answers, as it does for an execution whose steps have
 * begun.
 */
public final class SparingJobRepository extends ForwardingJobRepository {

    /** What this repository last wrote of a step's row; {@code row} null while it is not known. */
    private record Written(long jobExecutionId, StepRow row) {
    }

    /** Executions at most {@link #running} holds; beyond, it starts afresh (a start the pool refused is never ended). */
    private static final int RUNNING_AT_MOST = 10_000;

    private final Map<Long, Written> written = new ConcurrentHashMap<>();
    /** The job executions this repository created that have not been written at their end. */
    private final Map<Long, JobExecutionImpl> running = new ConcurrentHashMap<>();

    public SparingJobRepository(JobRepository delegate) {
        super(delegate);
    }

    @Override
    public JobExecutionImpl createJobExecution(JobInstanceImpl jobInstance, Properties jobParameters) {
        JobExecutionImpl created = super.createJobExecution(jobInstance, jobParameters);
        if (running.size() >= RUNNING_AT_MOST) {
            running.clear();
        }
        running.put(created.getExecutionId(), created);
        return created;
    }

    /** The execution this repository created and that runs, as the job holds it; else as JBeret reads it. */
    @Override
    public JobExecution getJobExecution(long jobExecutionId) {
        JobExecutionImpl live = running.get(jobExecutionId);
        return live != null ? live : super.getJobExecution(jobExecutionId);
    }

    @Override
    public void addStepExecution(JobExecutionImpl jobExecution, StepExecutionImpl stepExecution) {
        super.addStepExecution(jobExecution, stepExecution);
        written.put(stepExecution.getStepExecutionId(), new Written(jobExecution.getExecutionId(), null));
    }

    @Override
    public int savePersistentDataIfNotStopping(JobExecution jobExecution, AbstractStepExecution execution) {
        forget(execution);
        int saved = super.savePersistentDataIfNotStopping(jobExecution, execution);
        if (saved > 0) {
            remember(execution);
        }
        return saved;
    }

    @Override
    public void savePersistentData(JobExecution jobExecution, AbstractStepExecution execution) {
        if (unchanged(execution)) {
            return;
        }
        forget(execution);
        super.savePersistentData(jobExecution, execution);
        remember(execution);
    }

    /** The runner's last write of a step: the step is forgotten after it, written or not. */
    @Override
    public void updateStepExecution(StepExecution stepExecution) {
        try {
            if (!unchanged(stepExecution)) {
                super.updateStepExecution(stepExecution);
            }
        } finally {
            written.remove(stepExecution.getStepExecutionId());
        }
    }

    @Override
    public void updateJobExecution(JobExecutionImpl jobExecution, boolean fullUpdate, boolean saveJobParameters) {
        super.updateJobExecution(jobExecution, fullUpdate, saveJobParameters);
        if (fullUpdate) {
            long id = jobExecution.getExecutionId();
            written.values().removeIf(w -> w.jobExecutionId() == id);
            running.remove(id);
        }
    }

    /** Steps this repository remembers now, for tests: those running, or ended in a job still running. */
    int remembered() {
        return written.size();
    }

    private boolean unchanged(StepExecution execution) {
        if (!(execution instanceof StepExecutionImpl step) || step.getException() != null) {
            return false;
        }
        Written last = written.get(step.getStepExecutionId());
        return last != null && last.row() != null && last.row().isFinal() && last.row().equals(StepRow.of(step));
    }

    private void forget(AbstractStepExecution execution) {
        if (execution instanceof StepExecutionImpl) {
            written.computeIfPresent(execution.getStepExecutionId(), (id, w) -> new Written(w.jobExecutionId(), null));
        }
    }

    private void remember(AbstractStepExecution execution) {
        if (execution instanceof StepExecutionImpl && execution.getException() == null) {
            StepRow row = StepRow.of(execution);
            written.computeIfPresent(execution.getStepExecutionId(), (id, w) -> new Written(w.jobExecutionId(), row));
        }
    }
}
