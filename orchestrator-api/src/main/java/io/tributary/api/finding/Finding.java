package io.tributary.api.finding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One conclusion of an agent about the run's subject, with the evidence behind it.
 *
 * @param key        identifies the finding within its agent and work item, stable across runs on
 *                   the same input (for example {@code net-loss:FY2018}); the store uses it to
 *                   write each finding once however often a step is retried or restarted
 * @param group      the name of the group it belongs to in synthesis and reports (see
 *                   {@link FindingGroup#requireName})
 * @param topic      a machine-readable subject that synthesis matches on, in the form
 *                   {@code area.subject} (for example {@code financials.net-loss},
 *                   {@code press.sentiment-balance}, {@code regulatory.non-reliance},
 *                   {@code leadership.turnover})
 * @param claim      the conclusion in plain words, naming figures and periods
 * @param polarity   for or against the subject
 * @param severity   how much it matters
 * @param confidence the agent's confidence in the claim, 0 to 1
 * @param evidence   where it comes from; never empty for a finding above {@link Severity#INFO}
 * @param attributes structured facts behind the claim (period, value, unit, counts) for
 *                   synthesis and reports
 * @param caveats    reasons not to present it as settled
 */
public record Finding(
        String key,
        String group,
        String topic,
        String claim,
        Polarity polarity,
        Severity severity,
        double confidence,
        List<Evidence> evidence,
        Map<String, String> attributes,
        Set<Caveat> caveats) {

    public Finding {
        requireText(key, "key");
        try {
            FindingGroup.requireName(group);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Finding '" + key + "': " + e.getMessage(), e);
        }
        requireText(topic, "topic");
        requireText(claim, "claim");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(severity, "severity");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException(
                    "Finding '" + key + "': confidence must be between 0 and 1, was " + confidence);
        }
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        caveats = Set.copyOf(caveats == null ? Set.of() : caveats);
    }

    /** A finding in {@code group} without attributes or caveats. */
    public static Finding of(String key, FindingGroup group, String topic, String claim,
            Polarity polarity, Severity severity, double confidence, List<Evidence> evidence) {
        return of(key, group.name(), topic, claim, polarity, severity, confidence, evidence);
    }

    /** A finding without attributes or caveats. */
    public static Finding of(String key, String group, String topic, String claim,
            Polarity polarity, Severity severity, double confidence, List<Evidence> evidence) {
        return new Finding(key, group, topic, claim, polarity, severity, confidence, evidence,
                Map.of(), Set.of());
    }

    /** This finding with one more caveat. */
    public Finding withCaveat(Caveat caveat) {
        var more = new java.util.HashSet<>(caveats);
        more.add(caveat);
        return new Finding(key, group, topic, claim, polarity, severity, confidence, evidence,
                attributes, more);
    }

    /** True when no caveat applies. */
    public boolean settled() {
        return caveats.isEmpty();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Finding " + name + " must not be blank");
        }
    }
}
