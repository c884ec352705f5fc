package io.tributary.api.synthesis;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an assessment with the stored findings it rests on, so that every conclusion
 * can be traced to the agent runs and documents behind it.
 *
 * @param text       the sentence
 * @param findingIds the stored findings it rests on; empty only for statements about absent
 *                   evidence (a missing agent)
 */
public record Statement(String text, List<Long> findingIds) {
    public Statement {
        Objects.requireNonNull(text, "text");
        findingIds = List.copyOf(findingIds);
    }

    /** A statement about absent evidence, which no finding can back. */
    public static Statement unsupported(String text) {
        return new Statement(text, List.of());
    }
}
