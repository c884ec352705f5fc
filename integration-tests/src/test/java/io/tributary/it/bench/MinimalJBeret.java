package io.tributary.it.bench;

import io.tributary.api.agent.AgentTask;
import io.tributary.it.support.ScriptedAgent;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The artifacts of {@code it-five-minimal}: five parallel batchlet steps calling the same
 * {@link ScriptedAgent} as every other variant, then a final step. No chunk, no decision, no intake:
 * what it costs over the ideal is the least any design on JBeret and its JDBC job repository pays.
 */
final class MinimalJBeret {

    static final String JOB = "it-five-minimal";

    private MinimalJBeret() {
    }

    /** One agent call; fails the step when the agent did not deliver its one finding. */
    @Named("minimalAgent")
    @Dependent
    public static class AgentBatchlet extends AbstractBatchlet {
        @Inject
        JobContext job;
        @Inject
        StepContext step;
        @Inject
        ScriptedAgent agent;

        @Override
        public String process() {
            Baselines.requireFindings(BareJBeret.call(agent, job, step, AgentTask.WHOLE));
            return "DONE";
        }
    }

    /** The final step: the job ends PROCEED, as every variant's does. */
    @Named("minimalDone")
    @Dependent
    public static class Done extends AbstractBatchlet {
        @Inject
        JobContext job;

        @Override
        public String process() {
            job.setExitStatus("PROCEED");
            return "DONE";
        }
    }
}
