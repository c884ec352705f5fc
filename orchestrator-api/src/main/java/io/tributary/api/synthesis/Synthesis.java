package io.tributary.api.synthesis;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link Synthesizer} concluded about a run. Every statement in it names the stored
 * findings it rests on, and {@link #provenance()} links each of those findings to its agent run
 * and evidence. {@link Conclusion} is the plain implementation any job can return; a job may
 * return its own record with more (for example ratings per group) and its own report writers
 * read that, while the generic report content comes from these methods.
 */
public interface Synthesis {

    /** The outcome in one word a scheduler or person acts on, such as {@code READY} or {@code PROCEED}. */
    String verdict();

    /** 0 to 1, never higher than the evidence allows. */
    double confidence();

    /** The verdict's reasons, in words. */
    String summary();

    /** The verdict's reasons, each with its findings. */
    List<Statement> reasons();

    /** Findings that disagree, for human follow-up. */
    List<Contradiction> contradictions();

    /** What a person should check, most urgent first. */
    List<FollowUp> followUps();

    /** Agreement between approaches, per agent role that ran more than one. */
    List<Consensus> consensus();

    /** The agent run and evidence of every finding cited, by id. */
    List<Provenance> provenance();

    /** The stored findings that approaches to the same role disagree on: never settled. */
    default Set<Long> disputedFindingIds() {
        return consensus().stream()
                .flatMap(c -> c.disagreements().stream())
                .flatMap(d -> d.findingIds().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The provenance of one cited finding, if it is cited. */
    default Optional<Provenance> provenanceOf(long findingId) {
        return provenance().stream().filter(p -> p.findingId() == findingId).findFirst();
    }
}
