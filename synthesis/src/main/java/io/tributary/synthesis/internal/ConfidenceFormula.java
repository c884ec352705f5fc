package io.tributary.synthesis.internal;

import io.tributary.api.policy.Decision;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Consensus;
import io.tributary.synthesis.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The confidence of an assessment, one formula a reader can recompute from the report:
 *
 * <pre>
 * confidence = coverage x agreement x freshness x settled, then capped
 *   coverage  = dimensions with settled evidence / all dimensions
 *   agreement = the lowest agreement rate among roles that ran several approaches (1 if none did)
 *   freshness = mean over dimensions of the mean recency weight of their settled conclusions
 *               ({@link Recency}: 1 for the latest period in the run, 0.2 less per year older,
 *               at least 0.2)
 *   settled   = settled conclusions / all conclusions (a disputed or unverified one lowers it)
 * caps: 0.25 when the policy does not let the run proceed, 0.6 for a DEGRADED run, 0.4 for
 *       INSUFFICIENT_EVIDENCE, 0.75 while a HIGH or CRITICAL contradiction is open
 * </pre>
 */
public final class ConfidenceFormula {

    /** The highest confidence of a DEGRADED run. */
    public static final double DEGRADED_CAP = 0.6;
    /** The highest confidence of an assessment with too little evidence to recommend. */
    public static final double INSUFFICIENT_CAP = 0.4;
    /** The highest confidence of a run the policy did not let proceed. */
    public static final double NOT_PROCEEDING_CAP = 0.25;
    /** The highest confidence while a contradiction of high severity is open. */
    public static final double CONTRADICTION_CAP = 0.75;

    private ConfidenceFormula() {
    }

    /**
     * A confidence with its parts.
     *
     * @param value     the confidence, rounded to two decimals
     * @param coverage  dimensions with settled evidence / all dimensions
     * @param agreement the lowest agreement rate across approaches
     * @param freshness mean recency weight of the settled conclusions
     * @param settled   settled conclusions / all conclusions
     * @param caps      the caps that applied, in words
     */
    public record Confidence(double value, double coverage, double agreement, double freshness, double settled,
            List<String> caps) {

        public Confidence {
            caps = List.copyOf(caps);
        }

        /** The formula with this assessment's numbers, for the report. */
        public String explain() {
            return String.format(Locale.ROOT, "Confidence %.2f = coverage %.2f x agreement %.2f x freshness %.2f"
                    + " x settled %.2f%s.", value, coverage, agreement, freshness, settled,
                    caps.isEmpty() ? "" : ", " + String.join(", ", caps));
        }
    }

    /** The confidence of an assessment with {@code informed} of {@code dimensions} dimensions rated. */
    public static Confidence of(RecommendationRules.Inputs inputs, int informed, int dimensions,
            Recommendation recommendation) {
        double coverage = dimensions == 0 ? 0.0 : (double) informed / dimensions;
        double agreement = inputs.consensus().stream().mapToDouble(Consensus::agreementRate).min().orElse(1.0);
        double freshness = freshness(inputs.settledConclusions());
        int all = inputs.settledConclusions().size() + inputs.unsettledConclusions().size();
        double settled = all == 0 ? 0.0 : (double) inputs.settledConclusions().size() / all;
        double value = coverage * agreement * freshness * settled;
        List<String> caps = new ArrayList<>();
        var decision = inputs.decision();
        if (decision == null || !decision.proceeds()) {
            value = cap(value, NOT_PROCEEDING_CAP, "capped at %.2f because the run does not proceed", caps);
        } else if (decision.outcome() == Decision.DEGRADED) {
            value = cap(value, DEGRADED_CAP, "capped at %.2f for a DEGRADED run", caps);
        }
        if (recommendation == Recommendation.INSUFFICIENT_EVIDENCE) {
            value = cap(value, INSUFFICIENT_CAP, "capped at %.2f for insufficient evidence", caps);
        }
        if (inputs.contradictions().stream().anyMatch(c -> c.severity().isHigh())) {
            value = cap(value, CONTRADICTION_CAP, "capped at %.2f while a serious contradiction is open", caps);
        }
        return new Confidence(round(value), round(coverage), round(agreement), round(freshness), round(settled), caps);
    }

    /** The mean over dimensions of their conclusions' mean recency, so no dimension counts by its number of findings. */
    private static double freshness(List<StoredFinding> settled) {
        OptionalInt latest = Recency.latest(settled.stream().map(StoredFinding::finding).toList());
        return settled.stream()
                .collect(Collectors.groupingBy(f -> f.finding().group(),
                        Collectors.averagingDouble(f -> Recency.weight(f.finding(), latest))))
                .values().stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
    }

    private static double cap(double value, double cap, String why, List<String> caps) {
        if (value > cap) {
            caps.add(String.format(Locale.ROOT, why, cap));
            return cap;
        }
        return value;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
