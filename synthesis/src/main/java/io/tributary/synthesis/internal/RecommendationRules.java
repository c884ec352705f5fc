package io.tributary.synthesis.internal;

import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Consensus;
import io.tributary.api.synthesis.Contradiction;
import io.tributary.api.synthesis.Statement;
import io.tributary.synthesis.Dimension;
import io.tributary.synthesis.DimensionAssessment;
import io.tributary.synthesis.Rating;
import io.tributary.synthesis.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns dimension ratings, contradictions and the policy decision into one recommendation and a
 * confidence, never stronger than the evidence allows: a run the policy did not let proceed, or
 * one with settled evidence on fewer than {@link #MINIMUM_INFORMED_DIMENSIONS} dimensions, is
 * INSUFFICIENT_EVIDENCE whatever it found; a missing dimension, a weak one or an open
 * contradiction turns PROCEED into PROCEED_WITH_CONDITIONS; a settled critical red flag, or two
 * CONCERNING dimensions, is DO_NOT_PROCEED.
 */
public final class RecommendationRules {

    /** Dimensions that need settled evidence before any recommendation but INSUFFICIENT_EVIDENCE. */
    public static final int MINIMUM_INFORMED_DIMENSIONS = 3;
    /** CONCERNING dimensions that make a run DO_NOT_PROCEED without a critical finding. */
    public static final int CONCERNING_DIMENSIONS_TO_STOP = 2;
    /** The highest confidence of a DEGRADED run. */
    public static final double DEGRADED_CONFIDENCE_CAP = ConfidenceFormula.DEGRADED_CAP;
    /** The highest confidence of an assessment with too little evidence to recommend. */
    public static final double INSUFFICIENT_CONFIDENCE_CAP = ConfidenceFormula.INSUFFICIENT_CAP;
    /** The highest confidence of a run the policy did not let proceed. */
    public static final double NOT_PROCEEDING_CONFIDENCE_CAP = ConfidenceFormula.NOT_PROCEEDING_CAP;
    /** The highest confidence while a contradiction of high severity is open. */
    public static final double CONTRADICTION_CONFIDENCE_CAP = ConfidenceFormula.CONTRADICTION_CAP;

    private RecommendationRules() {
    }

    /** What synthesis knows when it recommends. */
    public record Inputs(PolicyDecision decision, List<DimensionAssessment> dimensions,
            List<Contradiction> contradictions, List<Consensus> consensus, List<StoredFinding> settledConclusions,
            List<StoredFinding> disputedConclusions, List<StoredFinding> unsettledConclusions) {
    }

    /** A recommendation, its confidence with its parts, and its reasons, the first of which says why this one. */
    public record Verdict(Recommendation recommendation, ConfidenceFormula.Confidence confidenceParts,
            List<Statement> reasons) {

        /** The confidence, 0 to 1. */
        public double confidence() {
            return confidenceParts.value();
        }
    }

    /** The verdict on {@code inputs}. */
    public static Verdict decide(Inputs inputs) {
        var informed = inputs.dimensions().stream().filter(d -> d.rating().informed()).toList();
        var criticals = inputs.settledConclusions().stream()
                .filter(f -> f.finding().severity() == Severity.CRITICAL && f.finding().polarity() == Polarity.NEGATIVE)
                .toList();
        var choice = choose(inputs, informed.size(), criticals);
        var reasons = new ArrayList<Statement>();
        reasons.add(choice.statement());
        reasons.addAll(Reasons.of(inputs, criticals));
        var confidence = ConfidenceFormula.of(inputs, informed.size(), Dimension.values().length,
                choice.recommendation());
        reasons.add(Statement.unsupported(confidence.explain()));
        return new Verdict(choice.recommendation(), confidence, reasons);
    }

    private static Choice choose(Inputs inputs, int informed, List<StoredFinding> criticals) {
        var decision = inputs.decision();
        if (decision == null || !decision.proceeds()) {
            var outcome = decision == null ? "missing" : decision.outcome().name();
            return new Choice(Recommendation.INSUFFICIENT_EVIDENCE, "Insufficient evidence: the run's policy decision is "
                    + outcome + ", which does not allow a recommendation.", List.of());
        }
        int total = Dimension.values().length;
        if (informed < MINIMUM_INFORMED_DIMENSIONS) {
            return new Choice(Recommendation.INSUFFICIENT_EVIDENCE, "Insufficient evidence: only " + informed + " of "
                    + total + " dimensions have settled evidence; at least " + MINIMUM_INFORMED_DIMENSIONS
                    + " are needed for a recommendation.", List.of());
        }
        var concerning = titles(inputs.dimensions(), Rating.CONCERNING);
        if (!criticals.isEmpty()) {
            return new Choice(Recommendation.DO_NOT_PROCEED, "Do not proceed: a settled critical red flag counts "
                    + "against the target.", ids(criticals));
        }
        if (concerning.size() >= CONCERNING_DIMENSIONS_TO_STOP) {
            return new Choice(Recommendation.DO_NOT_PROCEED, "Do not proceed: " + String.join(", ", concerning)
                    + " are rated CONCERNING.", List.of());
        }
        var conditions = conditions(inputs, informed, concerning);
        if (conditions.isEmpty()) {
            return new Choice(Recommendation.PROCEED, "Proceed: every dimension is rated ADEQUATE or STRONG on "
                    + "settled evidence, with no open contradiction.", List.of());
        }
        return new Choice(Recommendation.PROCEED_WITH_CONDITIONS, "Proceed only with conditions: "
                + String.join("; ", conditions) + ".", List.of());
    }

    private static List<String> conditions(Inputs inputs, int informed, List<String> concerning) {
        var conditions = new ArrayList<String>();
        if (inputs.decision().outcome() == Decision.DEGRADED) {
            conditions.add("the run is DEGRADED (missing " + String.join(", ", inputs.decision().missingAgents()) + ")");
        }
        int total = Dimension.values().length;
        if (informed < total) {
            conditions.add((total - informed) + " of " + total + " dimensions lack settled evidence");
        }
        concerning.forEach(title -> conditions.add(title + " is rated CONCERNING"));
        titles(inputs.dimensions(), Rating.WEAK).forEach(title -> conditions.add(title + " is rated WEAK"));
        if (!inputs.contradictions().isEmpty()) {
            conditions.add(inputs.contradictions().size() + " contradiction(s) to resolve");
        }
        if (!inputs.disputedConclusions().isEmpty()) {
            conditions.add(inputs.disputedConclusions().size() + " conclusion(s) disputed between approaches");
        }
        return conditions;
    }

    private static List<String> titles(List<DimensionAssessment> dimensions, Rating rating) {
        return dimensions.stream().filter(d -> d.rating() == rating).map(d -> d.dimension().title()).toList();
    }

    static List<Long> ids(List<StoredFinding> findings) {
        return findings.stream().map(StoredFinding::id).collect(Collectors.toList());
    }

    /** The chosen recommendation and the statement that says why, the first of its reasons. */
    private record Choice(Recommendation recommendation, Statement statement) {
        Choice(Recommendation recommendation, String text, List<Long> findingIds) {
            this(recommendation, new Statement(text, findingIds));
        }
    }
}
