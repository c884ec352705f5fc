package io.tributary.agents.leadership.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The executive officers one document lists.
 *
 * @param file     the dossier file, relative to the dossier root
 * @param locator  where the list stands (its heading)
 * @param quote    the sentence that introduces the list
 * @param asOf     the date the list speaks for ("ages as of February 3, 2025"), or null
 * @param officers the officers in document order
 */
public record OfficerList(String file, String locator, String quote, LocalDate asOf, List<Officer> officers) {

    public OfficerList {
        officers = List.copyOf(officers);
    }

    /** The date the list speaks for, or failing that the latest start of a role in it. */
    public LocalDate effectiveDate() {
        if (asOf != null) {
            return asOf;
        }
        return officers.stream().map(o -> o.since().atEndOfMonth()).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }
}
