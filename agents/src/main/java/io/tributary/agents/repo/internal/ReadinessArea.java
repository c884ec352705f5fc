package io.tributary.agents.repo.internal;

import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The areas of a release-readiness review, one per agent, under which its findings are grouped.
 * The group names equal the agents' roles; the job XML gives them their titles
 * ({@code findingGroups}).
 */
public enum ReadinessArea {
    LICENCES("licences"),
    DEPENDENCIES("dependencies"),
    TESTS("tests"),
    ACTIVITY("activity"),
    DUPLICATION("duplication");

    private final String group;

    ReadinessArea(String group) {
        this.group = group;
    }

    /** The finding group, equal to the agent's role. */
    public String group() {
        return group;
    }

    /** A finding of this area; its topic is {@code <group>.<subject>}. */
    public Finding finding(String key, String subject, String claim, Polarity polarity, Severity severity,
            double confidence, List<Evidence> evidence, Map<String, String> attributes) {
        return new Finding(key, group, group + "." + subject, claim, polarity, severity, confidence, evidence,
                attributes, Set.of());
    }
}
