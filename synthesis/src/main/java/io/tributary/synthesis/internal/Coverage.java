package io.tributary.synthesis.internal;

import io.tributary.api.run.RunSnapshot;
import io.tributary.synthesis.Dimension;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which due-diligence roles delivered in a run: the generic coverage of the job's roles, each
 * with the dimension it informs. A role that never recorded an outcome, ended without evidence,
 * or failed leaves its dimension without an agent, which caps what the assessment may conclude.
 * A role the job runs beyond the five informs no dimension but is covered all the same.
 */
public final class Coverage {

    /** The roles of the due-diligence job and the dimension each one informs. */
    public static final Map<String, Dimension> ROLES = roles();

    private final List<RoleStatus> statuses;

    private Coverage(List<RoleStatus> statuses) {
        this.statuses = List.copyOf(statuses);
    }

    /** The coverage of a run, from its roles, its outcomes and its policy decision. */
    public static Coverage of(RunSnapshot run) {
        return new Coverage(io.tributary.api.synthesis.Coverage.of(run, ROLES.keySet()).statuses().stream()
                .map(s -> new RoleStatus(s.agent(), ROLES.get(s.agent()), s.delivered(), s.explanation()))
                .toList());
    }

    /** One status per role: the five in {@link #ROLES} order, then the job's others. */
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
     * @param dimension   the dimension it informs, or null for a role beyond the five
     * @param delivered   whether it delivered usable findings
     * @param explanation what happened, in words
     */
    public record RoleStatus(String agent, Dimension dimension, boolean delivered, String explanation) {

        /** What the role's evidence is about, for follow-ups: its dimension's title, else the role. */
        public String title() {
            return dimension == null ? "the " + agent + " role" : dimension.title();
        }
    }
}
