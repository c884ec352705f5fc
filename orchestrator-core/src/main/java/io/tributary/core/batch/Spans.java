package io.tributary.core.batch;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.tributary.core.tracing.LogContext;
import io.tributary.core.tracing.Tracing;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;

/** Starting and ending the span of a step, and setting the thread's log context to match. */
final class Spans {

    private Spans() {
    }

    /** Starts a span named {@code name} under the execution's root span, tagged with job, step and agent. */
    static Span step(Tracing tracing, String name, JobContext job, StepContext step, String agent, String approach) {
        LogContext.set(new LogContext(job.getExecutionId(), step == null ? "" : step.getStepName(), agent));
        AttributesBuilder a = Attributes.builder().put(Tracing.JOB, job.getJobName()).put(Tracing.RUN, job.getInstanceId());
        if (step != null) {
            a.put(Tracing.STEP, step.getStepName());
        }
        if (agent != null && !agent.isEmpty()) {
            a.put(Tracing.AGENT, agent).put(Tracing.APPROACH, approach == null ? agent : approach);
        }
        return tracing.start(name, job.getExecutionId(), null, a.build());
    }

    static void end(Span span, String outcome, boolean failed) {
        if (span == null) {
            return;
        }
        span.setAttribute(Tracing.OUTCOME, outcome);
        if (failed) {
            span.setStatus(StatusCode.ERROR, outcome);
        }
        span.end();
    }

    /** The trace id of the execution, as stored with every result. */
    static String traceId(Tracing tracing, JobContext job) {
        return tracing.job(job.getExecutionId()).map(s -> s.getSpanContext().getTraceId()).orElse("");
    }

    static String spanId(Tracing tracing, JobContext job) {
        return tracing.job(job.getExecutionId()).map(s -> s.getSpanContext().getSpanId()).orElse("");
    }
}
