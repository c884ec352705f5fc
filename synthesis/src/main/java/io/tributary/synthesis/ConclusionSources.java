package io.tributary.synthesis;

import io.tributary.api.synthesis.Provenance;
import java.util.List;

/**
 * Which agents and which documents produced a conclusion.
 *
 * @param findingIds the stored findings the conclusion rests on, ascending
 * @param agents     the roles that produced them, sorted
 * @param runs       the agent runs, as {@code agent/approach} with the model when there is one
 *                   ({@code press/llm [gpt-4o-mini]}), sorted
 * @param documents  the dossier files cited as evidence, sorted
 * @param traceIds   the traces of the executions that committed them, sorted
 * @param provenance each finding's full provenance, by ascending id
 */
public record ConclusionSources(
        List<Long> findingIds,
        List<String> agents,
        List<String> runs,
        List<String> documents,
        List<String> traceIds,
        List<Provenance> provenance) {

    public ConclusionSources {
        findingIds = List.copyOf(findingIds);
        agents = List.copyOf(agents);
        runs = List.copyOf(runs);
        documents = List.copyOf(documents);
        traceIds = List.copyOf(traceIds);
        provenance = List.copyOf(provenance);
    }
}
