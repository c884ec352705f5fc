package io.tributary.api.synthesis;

import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Two sides that disagree about the same thing, flagged for a person to check: a warning (a red
 * flag in the evidence) and a reassurance that contradicts it.
 *
 * @param subject     what they disagree about
 * @param findingIds  the stored findings on either side, warning side first
 * @param check       what a person should check
 * @param rule        the name of the rule that paired them (for example
 *                    {@code financials-vs-press})
 * @param severity    how much it matters, from the severities of the two sides
 * @param warning     the side that counts against the subject
 * @param reassurance the side that counts for it
 */
public record Contradiction(
        String subject,
        List<Long> findingIds,
        String check,
        String rule,
        Severity severity,
        Side warning,
        Side reassurance) {

    public Contradiction {
        Objects.requireNonNull(subject, "subject");
        findingIds = List.copyOf(findingIds);
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(reassurance, "reassurance");
    }

    /** A contradiction whose finding ids are those of its two sides. */
    public static Contradiction between(String rule, String subject, Severity severity, Side warning,
            Side reassurance, String check) {
        var ids = Stream.concat(warning.findingIds().stream(), reassurance.findingIds().stream())
                .distinct()
                .toList();
        return new Contradiction(subject, ids, check, rule, severity, warning, reassurance);
    }

    /**
     * One side of a contradiction.
     *
     * @param position   what this side says, in words
     * @param findingIds the stored findings that say it
     * @param agents     the agents that produced them, sorted
     * @param evidence   the evidence they cite
     */
    public record Side(String position, List<Long> findingIds, List<String> agents, List<Evidence> evidence) {
        public Side {
            Objects.requireNonNull(position, "position");
            findingIds = List.copyOf(findingIds);
            agents = List.copyOf(agents);
            evidence = List.copyOf(evidence);
        }
    }
}
