package io.tributary.api.synthesis;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.run.RunSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a run's agent roles delivered. The roles are those the job declares, in job order,
 * followed by any other role that recorded an outcome, so no role is left out. A role that never
 * recorded an outcome, ended without evidence, failed, or that the policy decision names missing
 * did not deliver.
 *
 * @param statuses one per role
 */
public record Coverage(List<RoleStatus> statuses) {

    public Coverage {
        statuses = List.copyOf(statuses);
    }

    /** The coverage of a run, from its declared roles, its outcomes and its policy decision. */
    public static Coverage of(RunSnapshot run) {
        return of(run, List.of());
    }

    /**
     * The coverage of a run with {@code expected} roles first (those a synthesis rates whether
     * or not the job declared them), then the job's declared roles, then any other that recorded
     * an outcome.
     */
    public static Coverage of(RunSnapshot run, Collection<String> expected) {
        Objects.requireNonNull(run, "run");
        var missing = run.decision() == null ? List.<String>of() : run.decision().missingAgents();
        var roles = new LinkedHashSet<>(expected);
        roles.addAll(run.agents());
        run.outcomes().forEach(o -> roles.add(o.agent()));
        var statuses = new ArrayList<RoleStatus>();
        for (String role : roles) {
            var outcomes = run.outcomes().stream().filter(o -> o.agent().equals(role)).toList();
            boolean delivered = !missing.contains(role) && outcomes.stream().anyMatch(o -> o.status().delivered());
            statuses.add(new RoleStatus(role, delivered, explain(role, outcomes, delivered)));
        }
        return new Coverage(statuses);
    }

    /** The status of one role, if the run has it. */
    public Optional<RoleStatus> status(String role) {
        return statuses.stream().filter(s -> s.agent().equals(role)).findFirst();
    }

    /** The roles that delivered no evidence (no outcome, NO_EVIDENCE or any failure). */
    public List<RoleStatus> withoutEvidence() {
        return statuses.stream().filter(s -> !s.delivered()).toList();
    }

    private static String explain(String role, List<AgentOutcome> outcomes, boolean delivered) {
        if (outcomes.isEmpty()) {
            return "agent " + role + " recorded no outcome in this run";
        }
        var parts = new ArrayList<String>();
        for (var outcome : outcomes) {
            var approach = outcome.approach().equals(role) ? "" : " (" + outcome.approach() + ")";
            var error = outcome.error().isBlank() ? "" : ": " + outcome.error();
            parts.add("agent " + role + approach + " ended " + outcome.status() + error);
        }
        var text = String.join("; ", parts);
        boolean anySucceeded = outcomes.stream().anyMatch(o -> o.status().delivered());
        return !delivered && anySucceeded ? text + ", but the policy decision names it missing" : text;
    }

    /**
     * How one role did.
     *
     * @param agent       the role
     * @param delivered   whether it delivered usable findings
     * @param explanation what happened, in words
     */
    public record RoleStatus(String agent, boolean delivered, String explanation) {
        public RoleStatus {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}
