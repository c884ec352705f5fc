package io.tributary.agents.regulatory.internal;

import java.time.LocalDate;

/**
 * An 8-K item reported in one filing, wherever it was seen (the submissions list or the filing).
 *
 * @param code      the item code, such as {@code 5.02}
 * @param accession the filing's accession number (or the file name when none is known)
 * @param form      the form, such as {@code 8-K}
 * @param date      the filing date, or null when the source does not give one
 * @param file      the dossier file it was seen in
 * @param locator   where in that file
 * @param quote     the text that reports it
 */
public record ItemEvent(String code, String accession, String form, LocalDate date, String file, String locator,
        String quote) {
}
