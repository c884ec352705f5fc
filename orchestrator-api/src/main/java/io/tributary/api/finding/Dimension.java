package io.tributary.api.finding;

/** The dimensions of a due-diligence assessment; every finding belongs to exactly one. */
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
}
