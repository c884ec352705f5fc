package io.tributary.agents.sec;

import java.util.List;

/**
 * The numeric facts of one inline-XBRL filing document (10-K or 10-Q), resolved to periods.
 *
 * @param file             the dossier file, relative to the dossier root
 * @param documentType     {@code dei:DocumentType}, such as {@code 10-K}, or empty
 * @param fiscalYearFocus  {@code dei:DocumentFiscalYearFocus}, or 0 if absent
 * @param fiscalPeriodFocus {@code dei:DocumentFiscalPeriodFocus}, such as {@code FY}, or empty
 * @param facts            USD facts without dimensions (the consolidated figures)
 * @param unreadable       facts skipped because their displayed figure did not fit their format
 */
public record InlineXbrlDocument(
        String file,
        String documentType,
        int fiscalYearFocus,
        String fiscalPeriodFocus,
        List<ReportedFact> facts,
        int unreadable) {

    public InlineXbrlDocument {
        facts = List.copyOf(facts);
    }

    /** One value per fiscal year and concept; empty unless the document is an annual report. */
    public AnnualValues annual() {
        return new AnnualValues(file, facts);
    }
}
