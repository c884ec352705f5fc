package io.tributary.core.batch;

import io.tributary.core.store.AgentVerdict;
import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Commits a chunk of item results in one store transaction: the items, their findings, and the
 * shared aggregates they update under row locks. A conflict that outlasts the store's bounded
 * retries ends the step's work and leaves the chunk's items unsettled, which the agent's outcome
 * then reports as a failure.
 *
 * <p>A chunk that settles every item an unpartitioned agent planned (an agent with one item, say)
 * also records the agent's outcome in that transaction, when the agent does not conclude across
 * its items: its outcome then follows from the chunk alone, and its conclusion only reports it.
 */
@Named("agentWriter")
@Dependent
public class AgentWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(AgentWriter.class.getName());

    @Inject
    StepContext stepContext;
    @Inject
    ResultStore store;
    @Inject
    AgentExecutions executions;
    @Inject
    Clock clock;

    /**
     * Commits the chunk; when the store refuses it after its own retries, ends the step's work
     * there: the chunk's items stay unsettled, so the agent's conclusion records a retriable
     * failure (and a restart analyses them again) instead of the step failing the whole job.
     */
    @Override
    public void writeItems(List<Object> items) {
        AgentSteps steps = AgentSteps.of(stepContext);
        List<ItemCommit> commits = items.stream().map(ItemCommit.class::cast).toList();
        try {
            commit(steps, commits);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "The store refused " + commits.size() + " item(s) of agent "
                    + steps.task().agent() + "; its step analyses no further items and its conclusion records them"
                    + " as not analysed");
            steps.slice().breakOff();
            steps.slice().failed.addAndGet(commits.size());
        }
    }

    private void commit(AgentSteps steps, List<ItemCommit> commits) {
        long runId = steps.task().runId();
        List<String> planned = steps.items(executions);
        if (settlesAll(steps, planned, commits)) {
            AgentVerdict v = store.commitLastItems(runId, steps.task().agent(), steps.task().approach(), commits,
                    steps.step(), records -> AgentConclude.verdict(planned, AgentConclude.byKey(records)),
                    clock.instant());
            executions.finished(steps.step().executionId(), steps.task().agent(), steps.task().approach(),
                    v.status());
        } else {
            store.commitItems(runId, steps.task().agent(), steps.task().approach(), commits, steps.step());
        }
        for (ItemCommit c : commits) {
            (c.settled() ? steps.slice().settled : steps.slice().failed).incrementAndGet();
        }
    }

    /** True when the chunk settles every item of an unpartitioned agent that adds no conclusion. */
    private static boolean settlesAll(AgentSteps steps, List<String> planned, List<ItemCommit> commits) {
        if (steps.slice().partitioned() || steps.concludes() || planned.isEmpty()) {
            return false;
        }
        Set<String> settled = commits.stream().filter(ItemCommit::settled).map(ItemCommit::itemKey)
                .collect(Collectors.toSet());
        return settled.containsAll(planned);
    }
}
