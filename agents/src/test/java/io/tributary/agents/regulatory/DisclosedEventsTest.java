package io.tributary.agents.regulatory;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.regulatory.internal.DisclosedEvents;
import io.tributary.agents.sec.FilingTextReader;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences disclose an event and which only raise it as a possibility. */
class DisclosedEventsTest {

    private static List<Finding> events(String text) {
        return DisclosedEvents.scan(FilingTextReader.of("filings/10-K.md", text)).stream()
                .filter(f -> f.severity() != Severity.INFO).toList();
    }

    @Test
    void riskFactorLanguage_couldMayMightBeSubjectTo_disclosesNothing() {
        String riskFactors = "Item 1A. Risk Factors\n\nWe could be subject to investigations by the SEC and the DOJ. "
                + "If we identify a material weakness, investors may lose confidence. We might be subject to "
                + "subpoenas from regulators. A restatement of our financial statements could harm our reputation. "
                + "There can be no assurance that we will not receive a Wells notice.";

        assertThat(events(riskFactors)).isEmpty();
        assertThat(DisclosedEvents.scan(FilingTextReader.of("filings/10-K.md", riskFactors)))
                .isNotEmpty().allSatisfy(f -> assertThat(f.attributes()).containsEntry("observation", "conditional"));
    }

    @Test
    void sentencesStatingTheEventAsFact_discloseIt_withTheSentenceAsEvidence() {
        String legalProceedings = "Item 3. Legal Proceedings\n\nIn March 2024 we received a subpoena from the SEC "
                + "requesting documents about our revenue recognition, which could lead to penalties. "
                + "The Audit Committee identified a material weakness in our controls over revenue.";

        assertThat(events(legalProceedings)).extracting(Finding::topic)
                .containsExactlyInAnyOrder("regulatory.subpoena", "regulatory.material-weakness");
        assertThat(events(legalProceedings)).filteredOn(f -> f.topic().equals("regulatory.subpoena")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.evidence().get(0).quote()).startsWith("In March 2024 we received a subpoena");
                    assertThat(f.evidence().get(0).locator()).contains("Item 3. Legal Proceedings");
                });
    }

    @Test
    void amendedAndRestatedDocuments_andRemediatedWeaknesses_areNoEvents() {
        String text = "Item 15. Exhibits\n\nAmended and Restated Bylaws of the Registrant. "
                + "Item 9A. Controls\n\nThe material weakness reported last year has been remediated. "
                + "Prior periods have been restated to reflect the adoption of the new leasing standard.";

        assertThat(events(text)).isEmpty();
    }

    @Test
    void investigationWithoutANamedAuthority_isNoEvent_butWithOneItIs() {
        String unnamed = "The Company is subject to various legal proceedings and government investigations that "
                + "have arisen in the ordinary course of business.";
        String named = "We are fully cooperating with the investigation by the Department of Justice.";

        assertThat(events(unnamed)).isEmpty();
        assertThat(events(named)).singleElement().satisfies(f -> {
            assertThat(f.topic()).isEqualTo("regulatory.investigation");
            assertThat(f.attributes().get("regulators")).isEqualTo("DOJ");
        });
    }
}
