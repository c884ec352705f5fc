package io.tributary.api.synthesis;

import java.util.List;
import java.util.Objects;

/**
 * The consolidated assessment of a run.
 *
 * @param recommendation what the deal team is advised to do
 * @param confidence     0 to 1, capped when dimensions are missing
 * @param summary        the recommendation's reasons, in words
 * @param contradictions findings of different agents that disagree, for human follow-up
 */
public record Assessment(
        Recommendation recommendation,
        double confidence,
        String summary,
        List<Contradiction> contradictions) {

    public Assessment {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(summary, "summary");
        contradictions = List.copyOf(contradictions);
    }
}
