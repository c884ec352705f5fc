package io.tributary.synthesis.internal;

import io.tributary.api.finding.Dimension;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.run.RunSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the five due-diligence roles delivered in a run. A role that never recorded an
 * outcome, ended without evidence, or failed leaves its dimension without an agent, which caps
 * what the assessment may conclude.
 */
public final class Coverage {

    /** The roles of the due-diligence job and the dimension each one informs. */
    public static final Map<String, Dimension> ROLES = roles();

    private final List<RoleStatus> statuses;

    private Coverage(List<RoleStatus> statuses) {
        this.statuses = List.copyOf(statuses);
    }

    /** The coverage of a run, from its outcomes and its policy decision. */
    public static Coverage of(RunSnapshot run) {
        var missing = run.decision() == null ? List.<String>of() : run.decision().missingAgents();
        var statuses = new ArrayList<RoleStatus>();
        ROLES.forEach((role, dimension) -> {
            var outcomes = run.outcomes().stream().filter(o -> o.agent().equals(role)).toList();
            boolean delivered = !missing.contains(role) && outcomes.stream().anyMatch(o -> o.status().delivered());
            statuses.add(new RoleStatus(role, dimension, delivered, explain(role, outcomes, delivered)));
        });
        return new Coverage(statuses);
    }

    /** One status per role, in {@link #ROLES} order. */
    public List<RoleStatus> statuses() {
        return statuses;
    }

    /** The status of the role that informs a dimension. */
    public Optional<RoleStatus> forDimension(Dimension dimension) {
        return statuses.stream().filter(s -> s.dimension() == dimension).findFirst();
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

    private static Map<String, Dimension> roles() {
        var roles = new LinkedHashMap<String, Dimension>();
        roles.put("financials", Dimension.FINANCIAL_HEALTH);
        roles.put("press", Dimension.MARKET_PERCEPTION);
        roles.put("regulatory", Dimension.REGULATORY_LEGAL);
        roles.put("patents", Dimension.INTELLECTUAL_PROPERTY);
        roles.put("leadership", Dimension.LEADERSHIP);
        return Collections.unmodifiableMap(roles);
    }

    /**
     * How one role did.
     *
     * @param agent       the role
     * @param dimension   the dimension it informs
     * @param delivered   whether it delivered usable findings
     * @param explanation what happened, in words
     */
    public record RoleStatus(String agent, Dimension dimension, boolean delivered, String explanation) {
    }
}
