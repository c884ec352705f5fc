package io.tributary.core.batch;

import io.tributary.api.agent.Usage;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.core.agent.AgentCalls;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.semconv.incubating.GenAiIncubatingAttributes;
import io.tributary.core.agent.CallResult;
import io.tributary.core.tracing.Tracing;
import io.tributary.core.agent.RunSignals;
import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls the agent for one work item under the step's deadline and retry policy, after checking
 * the run's token budget; turns whatever happens into an {@link ItemCommit}. Agent failures
 * become item outcomes, never step failures, so one agent cannot fail the job.
 */
@Named("agentProcessor")
@Dependent
public class AgentProcessor implements ItemProcessor {

    private static final Logger LOG = Logger.getLogger(AgentProcessor.class.getName());

    @Inject
    StepContext stepContext;
    @Inject
    AgentCalls calls;
    @Inject
    ResultStore store;
    @Inject
    Clock clock;
    @Inject
    RunSignals signals;
    @Inject
    Tracing tracing;

    /**
     * The item's outcome; when the runtime around the agent fails (the store cannot tell the
     * budget spent), no outcome: the step analyses no further items, and the agent's conclusion
     * records the items left as not analysed instead of the step failing the whole job.
     */
    @Override
    public Object processItem(Object item) {
        AgentSteps steps = AgentSteps.of(stepContext);
        try {
            return process(steps, (String) item);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Agent " + steps.task().agent() + " could not analyse item " + item
                    + "; its step analyses no further items and its conclusion records them as not analysed");
            steps.slice().breakOff();
            steps.slice().failed.incrementAndGet();
            return null;
        }
    }

    private ItemCommit process(AgentSteps steps, String key) {
        if (steps.budgetTokens() > 0) {
            long used = store.costs(steps.task().runId()).tokens();
            if (used >= steps.budgetTokens()) {
                return new ItemCommit(key, AgentStatus.BUDGET_EXCEEDED, null, 0, "run budget of "
                        + steps.budgetTokens() + " tokens used up (" + used + " used) before this item started",
                        false, clock.instant(), clock.instant());
            }
        }
        long runId = steps.task().runId();
        Span span = tracing.start("call " + steps.task().agent(), steps.step().executionId(), steps.span().get(),
                Attributes.of(Tracing.AGENT, steps.task().agent(), Tracing.APPROACH, steps.task().approach(),
                        Tracing.ITEM, key));
        CallResult r = calls.call(steps.agent(), steps.task().forItem(key), steps.policy(), steps.provider(),
                signals.cancellation(runId));
        if (r.result() != null && r.result().usage().calls() > 0) {
            var usage = r.result().usage();
            span.setAttribute(GenAiIncubatingAttributes.GEN_AI_OPERATION_NAME, "chat");
            span.setAttribute(GenAiIncubatingAttributes.GEN_AI_REQUEST_MODEL, usage.model());
            span.setAttribute(GenAiIncubatingAttributes.GEN_AI_USAGE_INPUT_TOKENS, usage.inputTokens());
            span.setAttribute(GenAiIncubatingAttributes.GEN_AI_USAGE_OUTPUT_TOKENS, usage.outputTokens());
        }
        if (steps.budgetTokens() > 0 && r.result() != null && spent(r.result().usage())) {
            steps.slice().commitAlone();
        }
        span.setAttribute(AttributeKey.longKey("tributary.attempts"), r.attempts());
        Spans.end(span, r.status().name(), !r.status().delivered() && r.status() != AgentStatus.NO_EVIDENCE);
        return new ItemCommit(key, r.status(), r.result(), r.attempts(), r.error(), r.retriable(), r.startedAt(),
                r.endedAt());
    }

    private static boolean spent(Usage usage) {
        return usage.inputTokens() + usage.outputTokens() > 0;
    }
}
