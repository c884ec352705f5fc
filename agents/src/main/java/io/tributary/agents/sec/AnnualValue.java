package io.tributary.agents.sec;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value of one concept for one fiscal year, chosen among everything the sources reported for
 * that year (the latest filing wins over earlier ones it restates).
 *
 * @param concept    qualified concept name
 * @param fiscalYear the fiscal year the value belongs to
 * @param start      first day of the fiscal year, or null for a year-end balance
 * @param end        last day of the fiscal year (the balance date for instants)
 * @param value      the value in {@code unit}
 * @param unit       the unit, such as {@code USD}
 * @param file       the dossier file it comes from, relative to the dossier root
 * @param locator    where in the file (concept, period, filing or context)
 * @param quote      the figure as it stands in the source
 * @param asOf       how recent the reporting is: the filing date, or the document's period end
 */
public record AnnualValue(
        String concept,
        int fiscalYear,
        LocalDate start,
        LocalDate end,
        BigDecimal value,
        String unit,
        String file,
        String locator,
        String quote,
        LocalDate asOf) {

    /** The fiscal year as it is written in findings, such as {@code FY2018}. */
    public String label() {
        return "FY" + fiscalYear;
    }

    /** True when the value is below zero. */
    public boolean isNegative() {
        return value.signum() < 0;
    }
}
