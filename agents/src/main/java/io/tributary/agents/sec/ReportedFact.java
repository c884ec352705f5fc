package io.tributary.agents.sec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One numeric XBRL fact as a filing reported it, before any choice between restated duplicates.
 *
 * @param concept      qualified concept name, such as {@code us-gaap:NetIncomeLoss}
 * @param start        first day of the period, or null for an instant
 * @param end          last day of the period, or the instant
 * @param value        the value in {@code unit}, with scale and sign applied
 * @param unit         the unit, such as {@code USD}
 * @param form         the form of the filing that reported it ({@code 10-K}, {@code 10-Q})
 * @param fiscalPeriod the filing's fiscal period focus ({@code FY}, {@code Q1}...)
 * @param filingYear   the fiscal year the reporting filing is about, or 0 if the source does not say
 * @param filing       identifies the reporting filing (an accession number or a file name)
 * @param filed        when the filing was made, or null if the source does not say
 * @param reference    where the fact stands in its source (an accession or an XBRL context id)
 * @param quote        the figure as it stands in the source
 */
public record ReportedFact(
        String concept,
        LocalDate start,
        LocalDate end,
        BigDecimal value,
        String unit,
        String form,
        String fiscalPeriod,
        int filingYear,
        String filing,
        LocalDate filed,
        String reference,
        String quote) {

    public ReportedFact {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(filing, "filing");
    }

    /** True for a point-in-time fact. */
    public boolean isInstant() {
        return start == null;
    }

    /** Length of the period in days (0 for an instant). */
    public long days() {
        return start == null ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }
}
