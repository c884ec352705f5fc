package io.tributary.agents.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.sec.SecFixtures;
import io.tributary.agents.sec.SecSamples;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadershipAgentTest {

    private static final String CALM_HISTORY = """
            {"cik": "1", "name": "Calm Corp", "filings": {"recent": {
              "form": ["8-K", "10-K", "8-K"], "filingDate": ["2021-03-01", "2021-02-01", "2020-05-01"],
              "accessionNumber": ["0000000001-21-000002", "0000000001-21-000001", "0000000001-20-000001"],
              "items": ["5.02,9.01", "", "2.02"], "primaryDocument": ["a.htm", "b.htm", "c.htm"]}}}
            """;

    private final LeadershipAgent agent = new LeadershipAgent();

    private static List<Finding> topic(AgentResult result, String topic) {
        return result.findings().stream().filter(f -> f.topic().equals(topic)).toList();
    }

    @Test
    void tesla_frequentItemFiveOhTwoFilings_areTurnover() {
        // when
        AgentResult result = agent.analyse(SecSamples.task("tesla", "leadership"));

        // then
        assertThat(topic(result, "leadership.turnover")).singleElement().satisfies(f -> {
            assertThat(f.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(f.attributes()).containsEntry("total", "22").containsEntry("2018", "7").containsEntry("2019", "4");
            assertThat(f.evidence()).allSatisfy(e -> assertThat(e.file()).isEqualTo("filings/submissions-CIK0001318605.json"));
        });
        assertThat(topic(result, "leadership.stable-management")).isEmpty();
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.group()).isEqualTo(Dimensions.LEADERSHIP));
    }

    @Test
    void boeing_officerListsShowBothChiefExecutiveChanges() {
        // when
        AgentResult result = agent.analyse(SecSamples.task("boeing", "leadership"));

        // then
        assertThat(topic(result, "leadership.executive-officers")).hasSize(3)
                .anySatisfy(f -> assertThat(f.attributes()).containsEntry("asOf", "2025-02-03"));
        List<Finding> ceoChanges = topic(result, "leadership.turnover").stream()
                .filter(f -> "ceo-change".equals(f.attributes().get("kind"))).toList();
        assertThat(ceoChanges).extracting(f -> f.attributes().get("name") + " " + f.attributes().get("since"))
                .containsExactly("David L. Calhoun 2020-01", "Robert K. Ortberg 2024-08");
        assertThat(topic(result, "leadership.stable-management")).isEmpty();
    }

    @Test
    void insiderForms_areSummedUp_andABadFormIsAProblem(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of(
                "leadership/form3.xml", "ownership/form3.snow.xml",
                "leadership/form4.xml", "ownership/form4.snow.xml",
                "leadership/form5.xml", "ownership/form5.snow.xml",
                "leadership/xxe.xml", "hostile/xxe-form4.xml"));

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "leadership", Map.of()));

        // then
        assertThat(result.sourcesUsed()).isEqualTo(3);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("leadership/xxe.xml");
            assertThat(p.problem()).contains("DOCTYPE");
        });
        assertThat(topic(result, "leadership.insider-transactions")).singleElement().satisfies(f -> {
            assertThat(f.attributes()).containsEntry("filings", "3").containsEntry("openMarketSales", "5")
                    .containsEntry("openMarketPurchases", "0");
            assertThat(f.attributes().get("owners")).contains("Scarpelli Michael (officer (Chief Financial Officer))");
        });
    }

    @Test
    void apple_withoutOfficerListOrFilingHistory_isNoEvidence() {
        // when
        AgentResult result = agent.analyse(SecSamples.task("apple", "leadership"));

        // then
        assertThat(result.hasNoEvidence()).isTrue();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void fewOfficerChanges_areStableManagement(@TempDir Path temp) throws Exception {
        // given a filing history with one Item 5.02 filing
        Path root = SecFixtures.dossier(temp, Map.of());
        Files.createDirectories(root.resolve("filings"));
        Files.writeString(root.resolve("filings/submissions.json"), CALM_HISTORY);

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "leadership", Map.of()));

        // then
        assertThat(topic(result, "leadership.turnover")).isEmpty();
        assertThat(topic(result, "leadership.stable-management")).singleElement().satisfies(f -> {
            assertThat(f.polarity()).isEqualTo(Polarity.POSITIVE);
            assertThat(f.attributes()).containsEntry("officerChangeFilings", "1").containsEntry("2021", "1");
        });
    }

    @Test
    void eightKSavedAsText_withItemFiveOhTwo_countsWithTheFilingHistory(@TempDir Path temp) throws Exception {
        // given a filing history and an 8-K saved as text that is not in it
        Path root = SecFixtures.dossier(temp, Map.of("filings/8-K-2023-03-03.md", "fixtures/8-K-officer-change.md"));
        Files.writeString(root.resolve("filings/submissions.json"), CALM_HISTORY);

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "leadership", Map.of()));

        // then
        assertThat(result.sourcesUsed()).isEqualTo(2);
        assertThat(topic(result, "leadership.stable-management")).singleElement().satisfies(f ->
                assertThat(f.attributes()).containsEntry("officerChangeFilings", "2").containsEntry("2023", "1")
                        .containsEntry("2021", "1"));
    }
}
