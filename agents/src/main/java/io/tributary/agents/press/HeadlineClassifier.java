package io.tributary.agents.press;

/**
 * Reads the sentiment of one headline. Implementations must be thread-safe: the press agent is
 * called for several work items at once.
 */
@FunctionalInterface
public interface HeadlineClassifier {

    /** The sentiment of {@code headline}; never null, also for empty or odd text. */
    HeadlineSentiment classify(String headline);
}
