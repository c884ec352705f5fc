package io.tributary.core.batch;

import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Commits a chunk of item results in one store transaction: the items, their findings, and the
 * shared aggregates they update under row locks. A conflict that outlasts the store's bounded
 * retries fails the step loudly.
 */
@Named("agentWriter")
@Dependent
public class AgentWriter extends AbstractItemWriter {

    @Inject
    StepContext stepContext;
    @Inject
    ResultStore store;

    @Override
    public void writeItems(List<Object> items) {
        AgentSteps steps = AgentSteps.of(stepContext);
        List<ItemCommit> commits = items.stream().map(ItemCommit.class::cast).toList();
        store.commitItems(steps.task().runId(), steps.task().agent(), steps.task().approach(), commits, steps.step());
        for (ItemCommit c : commits) {
            (c.settled() ? steps.slice().settled : steps.slice().failed).incrementAndGet();
        }
    }
}
