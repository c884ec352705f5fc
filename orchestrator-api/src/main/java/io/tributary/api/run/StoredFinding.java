package io.tributary.api.run;

import io.tributary.api.finding.Finding;

/**
 * A finding as committed, with its provenance.
 *
 * @param id              the store's id for it
 * @param agent           the role that produced it
 * @param approach        the implementation that produced it
 * @param item            the work item it came from
 * @param finding         the finding
 * @param executionId     the job execution that committed it
 * @param stepExecutionId the step execution that committed it
 * @param traceId         the trace of that execution
 */
public record StoredFinding(
        long id,
        String agent,
        String approach,
        String item,
        Finding finding,
        long executionId,
        long stepExecutionId,
        String traceId) {
}
