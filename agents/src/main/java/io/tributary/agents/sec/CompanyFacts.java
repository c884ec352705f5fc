package io.tributary.agents.sec;

import java.util.List;

/**
 * An SEC XBRL companyfacts response: every fact the company reported in its filings.
 *
 * @param file       the dossier file, relative to the dossier root
 * @param cik        the company's central index key as given
 * @param entityName the company's name as given
 * @param facts      the USD facts of every non-{@code dei} taxonomy
 */
public record CompanyFacts(String file, String cik, String entityName, List<ReportedFact> facts) {

    public CompanyFacts {
        facts = List.copyOf(facts);
    }

    /** One value per fiscal year and concept, from the annual reports. */
    public AnnualValues annual() {
        return new AnnualValues(file, facts);
    }
}
