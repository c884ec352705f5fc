package io.tributary.agents.patents.internal;

/** The finding topics of the patents agent, shared with synthesis by name. */
public final class PatentTopics {

    public static final String PORTFOLIO_SIZE = "patents.portfolio-size";
    public static final String KIND_SPLIT = "patents.kind-split";
    public static final String RECENCY = "patents.recency";
    public static final String THEMES = "patents.themes";
    public static final String INVENTOR_CONCENTRATION = "patents.inventor-concentration";

    private PatentTopics() {
    }
}
