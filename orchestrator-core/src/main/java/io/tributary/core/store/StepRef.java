package io.tributary.core.store;

/** The execution, step execution and trace a write belongs to, stored with every row. */
public record StepRef(long executionId, long stepExecutionId, String traceId) {
    public StepRef {
        traceId = traceId == null ? "" : traceId;
    }
}
