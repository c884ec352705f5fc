package io.tributary.api.synthesis;

import io.tributary.api.finding.Severity;
import java.util.List;
import java.util.Objects;

/**
 * Something a person should check before relying on the assessment.
 *
 * @param priority   how urgent, from the severity of what prompted it
 * @param action     what to check, in words a reviewer can act on
 * @param findingIds the stored findings that prompted it; empty for absent evidence
 */
public record FollowUp(Severity priority, String action, List<Long> findingIds) {
    public FollowUp {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(action, "action");
        findingIds = List.copyOf(findingIds);
    }
}
