package io.tributary.synthesis.release.internal;

import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.FollowUp;
import io.tributary.api.synthesis.Statement;
import io.tributary.synthesis.release.Readiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the release-readiness verdict, never stronger than the evidence: a run the policy did
 * not let proceed is NOT_READY whatever it found, as is one with a settled finding of
 * {@link Severity#HIGH} or more against the release (no licence, no tests, a snapshot
 * dependency); a check that delivered nothing, a DEGRADED run, a MEDIUM finding against the
 * release or a disputed one makes READY into READY_WITH_CONDITIONS. Every reason names the
 * findings it rests on.
 */
public final class ReadinessRules {

    /** The highest confidence of a DEGRADED run. */
    public static final double DEGRADED_CONFIDENCE_CAP = 0.6;
    /** The highest confidence of a run the policy did not let proceed. */
    public static final double NOT_PROCEEDING_CONFIDENCE_CAP = 0.25;

    private ReadinessRules() {
    }

    /**
     * What the verdict is drawn from.
     *
     * @param decision           the run's policy decision, null if none was stored
     * @param roles              every agent role of the job
     * @param rolesWithoutEvidence roles that delivered nothing, with why
     * @param settled            settled conclusions (no caveat)
     * @param disputed           conclusions with a caveat
     */
    public record Inputs(PolicyDecision decision, List<String> roles, List<String> rolesWithoutEvidence,
            List<StoredFinding> settled, List<StoredFinding> disputed) {
        public Inputs {
            roles = List.copyOf(roles);
            rolesWithoutEvidence = List.copyOf(rolesWithoutEvidence);
            settled = List.copyOf(settled);
            disputed = List.copyOf(disputed);
        }
    }

    /**
     * The verdict, its confidence, its reasons (the first says why this verdict) and what a
     * person should check.
     */
    public record Verdict(Readiness readiness, double confidence, List<Statement> reasons, List<FollowUp> followUps) {
    }

    /** The verdict on {@code inputs}. */
    public static Verdict decide(Inputs inputs) {
        List<StoredFinding> blockers = against(inputs.settled(), Severity.HIGH);
        List<StoredFinding> concerns = inputs.settled().stream()
                .filter(f -> f.finding().polarity() == Polarity.NEGATIVE && f.finding().severity() == Severity.MEDIUM)
                .toList();
        List<Statement> reasons = new ArrayList<>();
        Readiness readiness = choose(inputs, blockers, concerns, reasons);
        blockers.forEach(f -> reasons.add(cite("Blocks the release: ", f)));
        if (readiness == Readiness.NOT_READY) {
            concerns.forEach(f -> reasons.add(cite("Also to address: ", f)));
        }
        double confidence = confidence(inputs);
        reasons.add(Statement.unsupported(String.format(Locale.ROOT, "Confidence %.2f: %d of %d checks delivered, "
                + "mean finding confidence %.2f.", confidence, inputs.roles().size()
                - inputs.rolesWithoutEvidence().size(), inputs.roles().size(), meanConfidence(inputs))));
        return new Verdict(readiness, confidence, reasons, followUps(inputs, blockers, concerns));
    }

    private static Readiness choose(Inputs inputs, List<StoredFinding> blockers, List<StoredFinding> concerns,
            List<Statement> reasons) {
        PolicyDecision decision = inputs.decision();
        if (decision == null || !decision.proceeds()) {
            reasons.add(Statement.unsupported("Not ready: the run's policy decision is "
                    + (decision == null ? "missing" : decision.outcome().name()) + ", so the review is incomplete."));
            return Readiness.NOT_READY;
        }
        if (!blockers.isEmpty()) {
            reasons.add(new Statement("Not ready: " + blockers.size() + " finding(s) of high severity stand against"
                    + " the release.", ids(blockers)));
            return Readiness.NOT_READY;
        }
        List<String> conditions = new ArrayList<>();
        if (decision.outcome() == Decision.DEGRADED) {
            conditions.add("the run is DEGRADED (missing " + String.join(", ", decision.missingAgents()) + ")");
        }
        inputs.rolesWithoutEvidence().forEach(role -> conditions.add("no evidence on " + role));
        concerns.forEach(f -> conditions.add(f.finding().claim() + " (" + f.agent() + ")"));
        inputs.disputed().forEach(f -> conditions.add("unsettled: " + f.finding().claim() + " (" + f.agent() + ")"));
        if (conditions.isEmpty()) {
            reasons.add(new Statement("Ready: every check delivered and no finding stands against the release.",
                    ids(inputs.settled())));
            return Readiness.READY;
        }
        List<StoredFinding> cited = new ArrayList<>(concerns);
        cited.addAll(inputs.disputed());
        reasons.add(new Statement("Ready with conditions: " + String.join("; ", conditions) + ".", ids(cited)));
        return Readiness.READY_WITH_CONDITIONS;
    }

    private static List<FollowUp> followUps(Inputs inputs, List<StoredFinding> blockers, List<StoredFinding> concerns) {
        List<FollowUp> followUps = new ArrayList<>();
        blockers.forEach(f -> followUps.add(new FollowUp(f.finding().severity(), "Fix before releasing: "
                + f.finding().claim(), List.of(f.id()))));
        inputs.rolesWithoutEvidence().forEach(role -> followUps.add(new FollowUp(Severity.MEDIUM,
                "Check " + role + " by hand: the review has no evidence on it", List.of())));
        concerns.forEach(f -> followUps.add(new FollowUp(Severity.MEDIUM, "Accept or fix: " + f.finding().claim(),
                List.of(f.id()))));
        inputs.disputed().forEach(f -> followUps.add(new FollowUp(Severity.LOW, "Confirm: " + f.finding().claim(),
                List.of(f.id()))));
        return followUps;
    }

    private static double confidence(Inputs inputs) {
        int roles = Math.max(1, inputs.roles().size());
        double delivered = (double) (inputs.roles().size() - inputs.rolesWithoutEvidence().size()) / roles;
        double value = Math.max(0, delivered) * meanConfidence(inputs);
        PolicyDecision decision = inputs.decision();
        if (decision == null || !decision.proceeds()) {
            value = Math.min(value, NOT_PROCEEDING_CONFIDENCE_CAP);
        } else if (decision.outcome() == Decision.DEGRADED) {
            value = Math.min(value, DEGRADED_CONFIDENCE_CAP);
        }
        return Math.round(value * 100) / 100.0;
    }

    private static double meanConfidence(Inputs inputs) {
        return inputs.settled().stream().mapToDouble(f -> f.finding().confidence()).average().orElse(0.0);
    }

    private static List<StoredFinding> against(List<StoredFinding> findings, Severity atLeast) {
        return findings.stream().filter(f -> f.finding().polarity() == Polarity.NEGATIVE
                && f.finding().severity().compareTo(atLeast) >= 0).toList();
    }

    private static Statement cite(String prefix, StoredFinding finding) {
        return new Statement(prefix + finding.finding().claim() + " (" + finding.agent() + ")", List.of(finding.id()));
    }

    private static List<Long> ids(List<StoredFinding> findings) {
        return findings.stream().map(StoredFinding::id).toList();
    }
}
