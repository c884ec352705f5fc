package io.tributary.api.synthesis;

import java.util.List;
import java.util.Objects;

/**
 * A synthesis with the content every job shares: a verdict, its reasons, contradictions,
 * follow-ups, consensus and provenance.
 *
 * @param verdict        the outcome in one word, a simple identifier such as {@code READY}
 * @param confidence     0 to 1
 * @param summary        the verdict's reasons, in words
 * @param reasons        the verdict's reasons, each with its findings
 * @param contradictions findings that disagree, for human follow-up
 * @param followUps      what a person should check, most urgent first
 * @param consensus      agreement between approaches, per agent role that ran more than one
 * @param provenance     the agent run and evidence of every finding cited above, by id
 */
public record Conclusion(
        String verdict,
        double confidence,
        String summary,
        List<Statement> reasons,
        List<Contradiction> contradictions,
        List<FollowUp> followUps,
        List<Consensus> consensus,
        List<Provenance> provenance) implements Synthesis {

    public Conclusion {
        if (verdict == null || !verdict.matches("[A-Za-z][A-Za-z0-9_-]{0,39}")) {
            throw new IllegalArgumentException("Verdict '" + verdict + "' must be a simple identifier of at most"
                    + " 40 characters");
        }
        requireConfidence("Conclusion", confidence);
        Objects.requireNonNull(summary, "summary");
        reasons = List.copyOf(reasons);
        contradictions = List.copyOf(contradictions);
        followUps = List.copyOf(followUps);
        consensus = List.copyOf(consensus);
        provenance = List.copyOf(provenance);
    }

    /**
     * {@code confidence} if it is between 0 and 1.
     *
     * @throws IllegalArgumentException naming {@code what} and the value otherwise
     */
    public static double requireConfidence(String what, double confidence) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException(what + " confidence must be between 0 and 1, was " + confidence);
        }
        return confidence;
    }
}
