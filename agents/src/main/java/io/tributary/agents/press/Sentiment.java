package io.tributary.agents.press;

import io.tributary.api.finding.Polarity;
import java.util.Arrays;
import java.util.Locale;

/** The market's reading of one headline, as the twitter-financial-news labels put it. */
public enum Sentiment {
    BEARISH(Polarity.NEGATIVE),
    BULLISH(Polarity.POSITIVE),
    NEUTRAL(Polarity.NEUTRAL);

    private final Polarity polarity;

    Sentiment(Polarity polarity) {
        this.polarity = polarity;
    }

    /** What the sentiment means for the target. */
    public Polarity polarity() {
        return polarity;
    }

    /** The lower-case name used in finding attributes ({@code bearish}, {@code bullish}, {@code neutral}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when {@code label} names a sentiment (case-insensitive); false for null. */
    public static boolean isLabel(String label) {
        return label != null && Arrays.stream(values()).anyMatch(s -> s.label().equalsIgnoreCase(label.trim()));
    }

    /** The sentiment named by {@link #label()}, case-insensitive. */
    public static Sentiment ofLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
