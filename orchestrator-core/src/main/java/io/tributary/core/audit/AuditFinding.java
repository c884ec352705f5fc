package io.tributary.core.audit;

import java.util.Objects;

/**
 * A gap the static audit found in a job definition.
 *
 * @param rule    which rule: {@code failure-transition}, {@code decision}, {@code policy}, {@code setting},
 *                {@code owner}
 * @param subject what it is about: a step id, a property name, a role
 * @param message what is missing and what would happen because of it
 */
public record AuditFinding(String rule, String subject, String message) {

    public AuditFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}
