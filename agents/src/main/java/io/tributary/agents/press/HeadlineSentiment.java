package io.tributary.agents.press;

import java.util.Objects;

/**
 * How one classifier read one headline.
 *
 * @param sentiment  the class
 * @param score      signed strength from -1 (most bearish) to +1 (most bullish), comparable in
 *                   sign across approaches: the trained model gives P(bullish) - P(bearish), the
 *                   lexicon its normalised compound score
 * @param confidence the classifier's confidence in {@code sentiment}, 0 to 1
 */
public record HeadlineSentiment(Sentiment sentiment, double score, double confidence) {
    public HeadlineSentiment {
        Objects.requireNonNull(sentiment, "sentiment");
        if (!(score >= -1.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be between -1 and 1, was " + score);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
    }
}
