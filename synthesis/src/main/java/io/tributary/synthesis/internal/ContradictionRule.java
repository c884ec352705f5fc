package io.tributary.synthesis.internal;

import io.tributary.api.run.StoredFinding;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A kind of disagreement worth a person's time: which findings raise a warning, which findings
 * reassure against it, and what a reviewer should check when both are present.
 *
 * @param name                a stable identifier, reported with each contradiction
 * @param subject             what the two sides disagree about
 * @param warning             selects the findings that count against the target
 * @param warningPosition     what the warning side says, in words
 * @param reassurance         selects the findings that contradict the warning
 * @param reassurancePosition what the reassuring side says, in words
 * @param check               what to check; {@code %1$s} is replaced by a description of the
 *                            warning side, {@code %2$s} by one of the reassuring side
 */
public record ContradictionRule(
        String name,
        String subject,
        Function<List<StoredFinding>, List<StoredFinding>> warning,
        String warningPosition,
        Function<List<StoredFinding>, List<StoredFinding>> reassurance,
        String reassurancePosition,
        String check) {

    public ContradictionRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(warningPosition, "warningPosition");
        Objects.requireNonNull(reassurance, "reassurance");
        Objects.requireNonNull(reassurancePosition, "reassurancePosition");
        Objects.requireNonNull(check, "check");
    }
}
