package io.tributary.core.bootstrap.internal;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.jberet.runtime.AbstractStepExecution;

/**
 * The columns of a STEP_EXECUTION row that JBeret's step update writes, as they stand in a step
 * execution at one moment, exception aside: two equal rows write the same values. Checkpoints and
 * user data are compared by their serialized bytes, which JBeret keeps and never changes in place.
 */
record StepRow(Long endTime, BatchStatus status, String exitStatus, ByteBuffer persistentUserData,
        List<Long> metrics, ByteBuffer readerCheckpoint, ByteBuffer writerCheckpoint) {

    /** Statuses no other writer changes: JBeret's stop marks only STARTED rows STOPPING. */
    private static final Set<BatchStatus> FINAL =
            Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    static StepRow of(AbstractStepExecution execution) {
        Date end = execution.getEndTime();
        List<Long> metrics = new ArrayList<>(Metric.MetricType.values().length);
        for (Metric.MetricType type : Metric.MetricType.values()) {
            metrics.add(execution.getStepMetrics().get(type));
        }
        return new StepRow(end == null ? null : end.getTime(), execution.getBatchStatus(), execution.getExitStatus(),
                bytes(execution.getPersistentUserDataSerialized()), List.copyOf(metrics),
                bytes(execution.getReaderCheckpointInfoSerialized()),
                bytes(execution.getWriterCheckpointInfoSerialized()));
    }

    /** Whether the row's status is one that only its own step writes from now on. */
    boolean isFinal() {
        return FINAL.contains(status);
    }

    private static ByteBuffer bytes(byte[] serialized) {
        return serialized == null ? null : ByteBuffer.wrap(serialized).asReadOnlyBuffer();
    }
}
