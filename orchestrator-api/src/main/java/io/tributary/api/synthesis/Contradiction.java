package io.tributary.api.synthesis;

import java.util.List;

/**
 * Two sides that disagree about the same thing, flagged for a person to check.
 *
 * @param subject    what they disagree about
 * @param findingIds the stored findings on either side
 * @param check      what a person should check
 */
public record Contradiction(String subject, List<Long> findingIds, String check) {
    public Contradiction {
        findingIds = List.copyOf(findingIds);
    }
}
