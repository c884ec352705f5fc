package io.tributary.api.agent;

import io.tributary.api.finding.Finding;
import java.util.List;

/**
 * An agent: analyses a task and returns findings with evidence.
 *
 * <p>Implementations are CDI beans named with {@code @Named}; job XML refers to them by that name
 * (the {@code approach} step property, which defaults to the {@code agent} property). Adding an
 * agent to a job takes one such bean and a step in the job XML.
 *
 * <p>Work that goes through many items (headlines, filing documents) splits itself with
 * {@link #items(AgentTask)}: the runtime then calls {@link #analyse(AgentTask)} once per item,
 * commits each item's findings as it goes, never calls an agent again for an item whose result
 * was committed, and finally calls {@link #conclude(AgentTask, List)} with everything committed
 * for the run.
 *
 * <p>Failures: throw {@link io.tributary.api.RetriableException} when trying again later can help
 * (timeouts, rate limits), {@link io.tributary.api.NonRetriableException} otherwise. An input
 * without usable sources for this agent is not a failure: return
 * {@link AgentResult#noEvidence}. Agents must be safe to call from several threads at once.
 */
public interface Agent {

    /** Analyse one task (the whole input or one of its items). */
    AgentResult analyse(AgentTask task);

    /**
     * The work items of the input, each analysed by its own call. Must return the same list for
     * the same input, since a restart resumes by item. The default is one item, the whole
     * input.
     */
    default List<String> items(AgentTask task) {
        return List.of(AgentTask.WHOLE);
    }

    /**
     * Conclusions across all items, once every item is done (for example the overall press
     * balance from per-headline sentiment). The default concludes nothing more.
     *
     * @param itemFindings every finding committed for this agent and run, in item order
     */
    default AgentResult conclude(AgentTask task, List<Finding> itemFindings) {
        return AgentResult.of(List.of(), Usage.NONE, itemFindings.isEmpty() ? 0 : 1);
    }
}
