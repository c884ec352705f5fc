package io.tributary.synthesis;

import io.tributary.api.finding.FindingGroup;
import java.util.Arrays;
import java.util.Optional;

/**
 * The dimensions of a due-diligence assessment: the finding groups the due-diligence agents
 * use, by the same names, each rated by the synthesis.
 */
public enum Dimension {
    FINANCIAL_HEALTH("Financial health"),
    MARKET_PERCEPTION("Market perception"),
    REGULATORY_LEGAL("Regulatory and legal"),
    INTELLECTUAL_PROPERTY("Intellectual property"),
    LEADERSHIP("Leadership");

    private final String title;

    Dimension(String title) {
        this.title = title;
    }

    /** A human-readable title, for reports. */
    public String title() {
        return title;
    }

    /** The finding group of this dimension. */
    public FindingGroup group() {
        return new FindingGroup(name(), title);
    }

    /** True when a finding of group {@code group} informs this dimension. */
    public boolean holds(String group) {
        return name().equals(group);
    }

    /** The dimension a finding group stands for, if it is one. */
    public static Optional<Dimension> ofGroup(String group) {
        return Arrays.stream(values()).filter(d -> d.holds(group)).findFirst();
    }
}
