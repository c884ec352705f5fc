package io.tributary.synthesis;

import io.tributary.api.synthesis.Conclusion;
import io.tributary.api.synthesis.Consensus;
import io.tributary.api.synthesis.Contradiction;
import io.tributary.api.synthesis.FollowUp;
import io.tributary.api.synthesis.Provenance;
import io.tributary.api.synthesis.Statement;
import io.tributary.api.synthesis.Synthesis;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The consolidated due-diligence assessment of a run. Every statement in it names the stored findings it rests
 * on, and {@link #provenance()} links each of those findings to its agent run and evidence.
 *
 * @param recommendation    what the deal team is advised to do
 * @param confidence        0 to 1, capped when dimensions are missing
 * @param summary           the recommendation's reasons, in words
 * @param contradictions    findings that disagree, for human follow-up
 * @param reasons           the recommendation's reasons, each with its findings
 * @param dimensions        one rating per dimension, in {@link Dimension} order
 * @param missingDimensions dimensions without any evidence
 * @param followUps         what a person should check, most urgent first
 * @param consensus         agreement between approaches, per agent role that ran more than one
 * @param provenance        the agent run and evidence of every finding cited above, by id
 */
public record Assessment(
        Recommendation recommendation,
        double confidence,
        String summary,
        List<Contradiction> contradictions,
        List<Statement> reasons,
        List<DimensionAssessment> dimensions,
        List<Dimension> missingDimensions,
        List<FollowUp> followUps,
        List<Consensus> consensus,
        List<Provenance> provenance) implements Synthesis {

    public Assessment {
        Objects.requireNonNull(recommendation, "recommendation");
        Conclusion.requireConfidence("Assessment", confidence);
        Objects.requireNonNull(summary, "summary");
        contradictions = List.copyOf(contradictions);
        reasons = List.copyOf(reasons);
        dimensions = List.copyOf(dimensions);
        missingDimensions = List.copyOf(missingDimensions);
        followUps = List.copyOf(followUps);
        consensus = List.copyOf(consensus);
        provenance = List.copyOf(provenance);
    }

    /** An assessment with a recommendation, its summary and contradictions only. */
    public Assessment(Recommendation recommendation, double confidence, String summary,
            List<Contradiction> contradictions) {
        this(recommendation, confidence, summary, contradictions, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** The rating of one dimension, if the assessment has one. */
    public Optional<DimensionAssessment> dimension(Dimension dimension) {
        return dimensions.stream().filter(d -> d.dimension() == dimension).findFirst();
    }

    /** The recommendation's name: what a scheduler or person acts on. */
    @Override
    public String verdict() {
        return recommendation.name();
    }
}
