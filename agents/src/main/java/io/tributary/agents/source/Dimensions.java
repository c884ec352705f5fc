package io.tributary.agents.source;

import java.util.Map;

/**
 * The finding groups of the due-diligence job: the five dimensions of an assessment, by the
 * names findings carry, with the titles prompts use.
 */
public final class Dimensions {

    public static final String FINANCIAL_HEALTH = "FINANCIAL_HEALTH";
    public static final String MARKET_PERCEPTION = "MARKET_PERCEPTION";
    public static final String REGULATORY_LEGAL = "REGULATORY_LEGAL";
    public static final String INTELLECTUAL_PROPERTY = "INTELLECTUAL_PROPERTY";
    public static final String LEADERSHIP = "LEADERSHIP";

    private static final Map<String, String> TITLES = Map.of(
            FINANCIAL_HEALTH, "Financial health",
            MARKET_PERCEPTION, "Market perception",
            REGULATORY_LEGAL, "Regulatory and legal",
            INTELLECTUAL_PROPERTY, "Intellectual property",
            LEADERSHIP, "Leadership");

    private Dimensions() {
    }

    /** The title of one of the five dimensions. */
    public static String title(String dimension) {
        String title = TITLES.get(dimension);
        if (title == null) {
            throw new IllegalArgumentException("'" + dimension + "' is not a due-diligence dimension");
        }
        return title;
    }
}
