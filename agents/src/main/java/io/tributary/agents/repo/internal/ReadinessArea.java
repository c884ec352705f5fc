package io.tributary.agents.repo.internal;

import io.tributary.api.finding.Dimension;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The areas of a release-readiness review, one per agent, under which its findings are grouped. */
public enum ReadinessArea {
    LICENCES("licences", "Licensing"),
    DEPENDENCIES("dependencies", "Dependencies"),
    TESTS("tests", "Tests"),
    ACTIVITY("activity", "Maintenance activity"),
    DUPLICATION("duplication", "Code duplication");

    private final String id;
    private final String title;

    ReadinessArea(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The group name findings carry, equal to the agent's role. */
    public String id() {
        return id;
    }

    /** The title reports show. */
    public String title() {
        return title;
    }

    /** A finding of this area; its topic is {@code <area>.<subject>}. */
    public Finding finding(String key, String subject, String claim, Polarity polarity, Severity severity,
            double confidence, List<Evidence> evidence, Map<String, String> attributes) {
        return new Finding(key, Dimension.REGULATORY_LEGAL, id + "." + subject, claim, polarity, severity,
                confidence, evidence, attributes, Set.of());
    }
}
