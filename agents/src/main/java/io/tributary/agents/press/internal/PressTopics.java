package io.tributary.agents.press.internal;

/** The finding topics and attribute names of the press agent, shared with synthesis by name. */
public final class PressTopics {

    public static final String HEADLINE_SENTIMENT = "press.headline-sentiment";
    public static final String SENTIMENT_BALANCE = "press.sentiment-balance";
    public static final String COMPANY_RELEASE = "press.company-release";

    public static final String SENTIMENT = "sentiment";
    public static final String ROW = "row";
    public static final String SCORE = "score";
    public static final String APPROACH = "approach";

    private PressTopics() {
    }
}
