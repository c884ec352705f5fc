package io.tributary.api.finding;

import java.util.Objects;

/**
 * Where in the input a finding comes from.
 *
 * @param file    path of the source file relative to the input root, with '/' separators
 *                (for example {@code financials/companyfacts.json})
 * @param locator where inside the file: an XBRL concept and period
 *                ({@code us-gaap:NetIncomeLoss FY2018}), a filing accession and item
 *                ({@code 0001564590-19-003165 Item 5.02}), a CSV row ({@code row 12}), a patent
 *                document id, a section heading
 * @param quote   the figure or text as it stands in the source, or empty
 */
public record Evidence(String file, String locator, String quote) {
    public Evidence {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(locator, "locator");
        quote = quote == null ? "" : quote;
    }
}
