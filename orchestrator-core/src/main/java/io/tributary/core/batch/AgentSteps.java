package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentTask;
import io.tributary.core.agent.AgentCalls;
import io.tributary.core.agent.CallPolicy;
import io.tributary.api.policy.PolicySettings;
import io.tributary.core.config.Settings;
import io.tributary.core.policy.PolicyParser;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.RunInfo;
import io.tributary.core.store.StepRef;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import io.opentelemetry.api.trace.Span;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the artifacts of one agent step share: the agent bean, the task, the call policy and the
 * step's identity. The reader builds it when the step opens and keeps it in the step context for
 * the processor and writer.
 *
 * <p>Step properties: {@code agent} (the role, required), {@code approach} (the bean, default the
 * role), {@code agentTimeout}, {@code retries}, {@code backoff}, {@code provider} (the bulkhead
 * the calls share; default {@value AgentCalls#LOCAL_PROVIDER}), {@code checkpointItems} and
 * {@code checkpointMillis} (read by {@link AgentCheckpoint}), plus any the agent reads itself.
 */
record AgentSteps(Agent agent, boolean concludes, AgentTask task, CallPolicy policy, String provider, StepRef step, long budgetTokens,
        PartitionSlice slice, AtomicReference<Span> span) {

    static final String AGENT = "agent";
    static final String APPROACH = "approach";

    static AgentSteps open(JobContext job, StepContext stepContext, ResultStore store, Settings settings,
            Instance<Agent> agents, AgentExecutions executions, Instant now) {
        return open(job, stepContext, store, settings, agents, executions, now, null);
    }

    /**
     * As {@link #open(JobContext, StepContext, ResultStore, Settings, Instance, AgentExecutions, Instant)},
     * for a given approach. The task's deadline is the agent's in this execution: set by the
     * first of its steps to open, shared by all its partitions and items.
     */
    static AgentSteps open(JobContext job, StepContext stepContext, ResultStore store, Settings settings,
            Instance<Agent> agents, AgentExecutions executions, Instant now, String approachOverride) {
        JobSettings props = JobSettings.of(job, stepContext);
        String role = props.find(AGENT).orElseThrow(() -> new InvalidInputException(
                "Step '" + stepContext.getStepName() + "' has no 'agent' property naming the agent it runs"));
        String approach = approachOverride != null ? approachOverride : stepApproach(props, role);
        Instance.Handle<Agent> bean = lookup(agents, approach, stepContext.getStepName());
        RunInfo run = store.run(job.getInstanceId(), job.getExecutionId()).orElseThrow(() -> new InvalidInputException(
                "Run " + job.getInstanceId() + " is not registered; the job must start with the intake step"));
        CallPolicy policy = callPolicy(props, settings);
        AgentTask task = new AgentTask(run.runId(), role, approach, run.subject(), run.input(), AgentTask.WHOLE,
                props.asMap(), executions.deadline(job.getExecutionId(), role, now, policy.timeout()));
        StepRef step = new StepRef(job.getExecutionId(), stepContext.getStepExecutionId(), run.traceId());
        long budget = Long.parseLong(props.get(PolicyParser.BUDGET_TOKENS, "0"));
        return new AgentSteps(bean.get(), AgentConclude.concludes(bean.getBean()), task, policy,
                props.get("provider", AgentCalls.LOCAL_PROVIDER), step, budget,
                PartitionSlice.of(props), new AtomicReference<>());
    }

    /**
     * The step's approach: its {@code approach} property, else the role; outside a partition of a
     * partitioned step (where the property is the unresolved {@code #{partitionPlan['approach']}})
     * the role.
     */
    static String stepApproach(JobSettings props, String role) {
        String approach = props.get(APPROACH, role);
        return approach.startsWith("#{") ? role : approach;
    }

    /** The agent's work items, listed once per execution and approach. */
    List<String> items(AgentExecutions executions) {
        return executions.items(step.executionId(), task.agent(), task.approach(), () -> agent.items(task));
    }

    /** True once the agent's deadline in this execution has passed: no further item is started. */
    boolean pastDeadline(Instant now) {
        return !now.isBefore(task.deadline());
    }

    /** The call policy of a step: the deadline, retries and backoff of the policy's settings. */
    static CallPolicy callPolicy(JobSettings props, Settings settings) {
        PolicySettings policy = PolicyParser.settings(props.policyInputs(settings));
        return new CallPolicy(policy.deadline(), policy.retries(), policy.backoff());
    }

    static Instance.Handle<Agent> lookup(Instance<Agent> agents, String name, String stepName) {
        Instance<Agent> named = agents.select(NamedLiteral.of(name));
        if (named.isUnsatisfied()) {
            throw new InvalidInputException("Step '" + stepName + "': no agent named '" + name
                    + "' (an agent is a CDI bean implementing io.tributary.api.agent.Agent with @Named(\"" + name + "\"))");
        }
        if (named.isAmbiguous()) {
            throw new InvalidInputException("Step '" + stepName + "': more than one agent is named '" + name + "'");
        }
        return named.getHandle();
    }

    /** The shared state of the current step, which the reader put there. */
    static AgentSteps of(StepContext step) {
        Object data = step.getTransientUserData();
        if (data instanceof AgentSteps s) {
            return s;
        }
        throw new IllegalStateException("Step '" + step.getStepName() + "' uses an agent processor or writer"
                + " without the agentReader that prepares them");
    }
}
