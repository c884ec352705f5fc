package io.tributary.agents.sec;

import java.time.LocalDate;
import java.util.List;

/**
 * One filing listed by the SEC submissions API.
 *
 * @param form            the form type, such as {@code 8-K} or {@code 10-K/A}
 * @param filingDate      when it was filed
 * @param accessionNumber the EDGAR accession number
 * @param items           8-K item codes ({@code 5.02}), empty for other forms
 * @param primaryDocument the main document's file name
 */
public record Filing(String form, LocalDate filingDate, String accessionNumber, List<String> items,
        String primaryDocument) {

    public Filing {
        items = List.copyOf(items);
    }

    /** True for current reports (8-K and its amendments), the forms whose items matter. */
    public boolean isCurrentReport() {
        return form.equals("8-K") || form.equals("8-K/A");
    }
}
