package io.tributary.agents.sec;

import java.util.List;

/**
 * An SEC submissions API response: who filed, and the recent filings with their 8-K items.
 *
 * @param file    the dossier file, relative to the dossier root
 * @param cik     the company's central index key as given
 * @param name    the company's name as given
 * @param filings the filings of {@code filings.recent}, in the order given (newest first)
 */
public record Submissions(String file, String cik, String name, List<Filing> filings) {
    public Submissions {
        filings = List.copyOf(filings);
    }
}
