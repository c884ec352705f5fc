package io.tributary.api.synthesis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One subject on which independent approaches to the same agent role disagree; its findings are
 * treated as disputed.
 *
 * @param subject    what was compared: the finding topic and key (for example
 *                   {@code press.headline-sentiment headline:press/news.csv:12})
 * @param values     each approach's answer (a sentiment or a polarity), by approach
 * @param findingIds the stored findings compared
 */
public record Disagreement(String subject, Map<String, String> values, List<Long> findingIds) {
    public Disagreement {
        Objects.requireNonNull(subject, "subject");
        values = Map.copyOf(values);
        findingIds = List.copyOf(findingIds);
    }
}
