package io.tributary.agents.leadership.internal;

import java.time.LocalDate;

/**
 * A filing that reported 8-K Item 5.02 (departure, election or appointment of directors and
 * officers).
 *
 * @param accession the filing's accession number
 * @param date      when it was filed
 * @param file      the dossier file it was seen in
 * @param locator   where in that file
 * @param quote     the text that reports it
 */
public record OfficerChange(String accession, LocalDate date, String file, String locator, String quote) {
}
