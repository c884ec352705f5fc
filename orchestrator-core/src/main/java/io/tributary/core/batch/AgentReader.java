package io.tributary.core.batch;

import io.tributary.api.agent.Agent;
import io.opentelemetry.api.trace.Span;
import io.tributary.core.config.Settings;
import io.tributary.core.tracing.Tracing;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads an agent's work items: asks the agent for its items (once per execution, whatever the
 * number of partitions), skips those the store already has settled (so a restart never calls an
 * agent again for a committed item), and hands out the rest until the agent's deadline passes:
 * items not started by then are left for a restart. The store, not the checkpoint, is what it
 * resumes from.
 */
@Named("agentReader")
@Dependent
public class AgentReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(AgentReader.class.getName());

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;
    @Inject
    ResultStore store;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Inject
    Tracing tracing;
    @Inject
    @Any
    Instance<Agent> agents;
    @Inject
    AgentExecutions executions;

    private Iterator<String> pending;

    /**
     * Prepares the step; when the agent cannot even be set up or list its items, reads nothing,
     * and the agent's conclusion records why (it meets the same failure) instead of the step
     * failing the whole job.
     */
    @Override
    public void open(Serializable checkpoint) {
        try {
            prepare();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Agent step " + stepContext.getStepName() + " could not start its items;"
                    + " the agent's conclusion records the failure");
            pending = Collections.emptyIterator();
        }
    }

    private void prepare() {
        AgentSteps steps = AgentSteps.open(jobContext, stepContext, store, settings, agents, executions, clock.instant());
        stepContext.setTransientUserData(steps);
        Span span = Spans.step(tracing, "agent " + steps.task().agent()
                + (steps.slice().partitioned() ? " partition " + steps.slice().index() : ""), jobContext, stepContext,
                steps.task().agent(), steps.task().approach());
        if (steps.slice().partitioned()) {
            span.setAttribute(Tracing.PARTITION, steps.slice().index());
        }
        steps.span().set(span);
        List<String> items = steps.items(executions);
        List<String> mine = steps.slice().select(items);
        if (steps.pastDeadline(clock.instant())) {
            pending = Collections.emptyIterator();
            return;
        }
        Set<String> settled = store.agentStarted(steps.task().runId(), steps.task().agent(), steps.task().approach(),
                items.size(), steps.step(), clock.instant(), steps.slice().partitioned());
        steps.slice().settled.set((int) mine.stream().filter(settled::contains).count());
        pending = mine.stream().filter(i -> !settled.contains(i)).distinct().iterator();
    }

    @Override
    public Object readItem() {
        if (!pending.hasNext() || AgentSteps.of(stepContext).slice().brokenOff()
                || AgentSteps.of(stepContext).pastDeadline(clock.instant())) {
            return null;
        }
        return pending.next();
    }

    /**
     * Ends the step's share of the agent: an agent whose start the store still keeps (its step
     * ended before it committed anything: stopped, or without items) has it stored now.
     */
    @Override
    public void close() {
        if (stepContext.getTransientUserData() instanceof AgentSteps steps) {
            storeStart(steps);
            steps.slice().close();
            Spans.end(steps.span().getAndSet(null), steps.slice().failed.get() > 0 ? "INCOMPLETE" : "DONE",
                    steps.slice().failed.get() > 0);
        }
    }

    private void storeStart(AgentSteps steps) {
        try {
            store.agentStepEnded(steps.task().runId(), steps.task().agent(), steps.task().approach(), steps.step());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "The start of agent " + steps.task().agent() + " could not be stored as"
                    + " its step ended; its conclusion stores its outcome, and if the step was stopped, the agent"
                    + " counts as not run");
        }
    }
}
