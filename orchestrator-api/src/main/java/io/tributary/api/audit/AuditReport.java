package io.tributary.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an audit of a deployed job found, as a person files it.
 *
 * @param job              the job's name
 * @param source           where the audited job definition came from (deployment resource or file)
 * @param sha256           the SHA-256 of the job definition's bytes
 * @param tributaryVersion the Tributary version that ran the audit
 * @param jberetVersion    the JBeret version of the runtime
 * @param policy           the partial-failure policy as the job declares it, in words
 * @param findings         the static audit's gaps; empty when the definition passes
 * @param owners           who is accountable for each agent role ("" when none is named)
 * @param drill            the fault-injection drill, when one ran
 * @param startedAt        when the audit started
 * @param host             the host it ran on
 */
public record AuditReport(String job, String source, String sha256, String tributaryVersion, String jberetVersion,
        String policy, List<Finding> findings, List<Owner> owners, Drill drill, Instant startedAt, String host) {

    public AuditReport {
        Objects.requireNonNull(job, "job");
        findings = List.copyOf(findings);
        owners = List.copyOf(owners);
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** True when there is no finding and every drill case (if a drill ran) passed. */
    public boolean passed() {
        return findings.isEmpty() && (drill == null || drill.passed());
    }

    /**
     * A gap in the job definition.
     *
     * @param rule    the rule it breaks
     * @param subject the step, property or role it is about
     * @param message what is missing and what would happen
     */
    public record Finding(String rule, String subject, String message) {
    }

    /** The person or team accountable for an agent role; {@code owner} is "" when the job names none. */
    public record Owner(String role, String owner) {
    }

    /**
     * A drill's matrix.
     *
     * @param method   how the cases were chosen (every combination, or a covering array and its strength)
     * @param cases    one row per case
     * @param duration how long the drill took
     */
    public record Drill(String method, List<Case> cases, java.time.Duration duration) {
        public Drill {
            cases = List.copyOf(cases);
        }

        /** True when every case passed. */
        public boolean passed() {
            return cases.stream().allMatch(Case::passed);
        }

        /** How many cases did not end as the declared policy says. */
        public long failures() {
            return cases.stream().filter(c -> !c.passed()).count();
        }
    }

    /**
     * One drill case: the outcome injected per role, what the declared policy says must happen, what
     * the job did, and the decision's reason.
     */
    public record Case(int number, String injected, String expected, String observed, boolean passed,
            String reason) {
    }
}
