package io.tributary.agents.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.sec.SecFixtures;
import io.tributary.agents.sec.SecSamples;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** A filing history with {@code perYear} 8-K Item 5.02 filings per year, and a 10-Q dated {@code through}. */
    private static String history(Map<Integer, Integer> perYear, String through) {
        List<String> forms = new ArrayList<>(List.of("\"10-Q\""));
        List<String> dates = new ArrayList<>(List.of("\"" + through + "\""));
        List<String> items = new ArrayList<>(List.of("\"\""));
        perYear.forEach((year, count) -> {
            for (int i = 0; i < count; i++) {
                forms.add("\"8-K\"");
                dates.add("\"" + year + "-0" + (i % 9 + 1) + "-15\"");
                items.add("\"5.02\"");
            }
        });
        List<String> accessions = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            accessions.add("\"0000000002-00-" + String.format("%06d", i) + "\"");
            documents.add("\"d" + i + ".htm\"");
        }
        return "{\"cik\": \"2\", \"name\": \"Busy Corp\", \"filings\": {\"recent\": {\"form\": " + forms
                + ", \"filingDate\": " + dates + ", \"accessionNumber\": " + accessions + ", \"items\": " + items
                + ", \"primaryDocument\": " + documents + "}}}";
    }

    private static Path dossierWithHistory(Path temp, String submissions) throws Exception {
        Path root = SecFixtures.dossier(temp, Map.of());
        Files.createDirectories(root.resolve("filings"));
        Files.writeString(root.resolve("filings/submissions.json"), submissions);
        return root;
    }

    @Test
    void tesla_officerChangePeaksOf2018And2019_areHistory_andTheLatestThreeYearsAreJudged() {
        // when
        AgentResult result = agent.analyse(SecSamples.task("tesla", "leadership"));

        // then: the filing history ends in 2022, so 2020-2022 decide; the peaks six years back are history
        assertThat(topic(result, "leadership.turnover")).isEmpty();
        assertThat(topic(result, "leadership.turnover-history")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.attributes()).containsEntry("history", "true").containsEntry("period", "2014-2019")
                    .containsEntry("2018", "7").containsEntry("2019", "4").containsEntry("total", "18");
            assertThat(f.claim()).contains("in 2018 (7) and 2019 (4), before the 3-year window")
                    .contains("2020-2022: 4 in 3 years");
            assertThat(f.evidence()).allSatisfy(e -> assertThat(e.file()).isEqualTo("filings/submissions-CIK0001318605.json"));
        });
        assertThat(topic(result, "leadership.stable-management")).singleElement().satisfies(f -> {
            assertThat(f.polarity()).isEqualTo(Polarity.POSITIVE);
            assertThat(f.attributes()).containsEntry("period", "2020-2022").containsEntry("officerChangeFilings", "4")
                    .containsEntry("peakChangesPerYear", "2");
        });
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.group()).isEqualTo(Dimensions.LEADERSHIP);
            assertThat(f.attributes()).containsKey("period");
        });
    }

    @Test
    void frequentOfficerChangesWithinTheWindow_areTurnoverThatDecides(@TempDir Path temp) throws Exception {
        // given a calm past and five Item 5.02 filings in the latest year
        Path root = dossierWithHistory(temp, history(Map.of(2016, 1, 2023, 1, 2024, 5), "2024-11-01"));

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "leadership", Map.of()));

        // then: an adverse finding about the current window, not history
        assertThat(topic(result, "leadership.turnover")).singleElement().satisfies(f -> {
            assertThat(f.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.attributes()).containsEntry("period", "2022-2024").containsEntry("total", "6")
                    .containsEntry("2024", "5").containsEntry("2022", "0").doesNotContainKey("history");
            assertThat(f.claim()).contains("in 2022-2024").contains("4 or more in 2024 (5)");
        });
        assertThat(topic(result, "leadership.stable-management")).isEmpty();
        assertThat(topic(result, "leadership.turnover-history")).isEmpty();
    }

    @Test
    void onlyOldPeaks_areHistory_andTheCalmWindowIsStable(@TempDir Path temp) throws Exception {
        // given six Item 5.02 filings in 2017 and one since
        Path root = dossierWithHistory(temp, history(Map.of(2017, 6, 2023, 1), "2024-11-01"));

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "leadership", Map.of()));

        // then
        assertThat(topic(result, "leadership.turnover")).isEmpty();
        assertThat(topic(result, "leadership.turnover-history")).singleElement().satisfies(f ->
                assertThat(f.attributes()).containsEntry("history", "true").containsEntry("period", "2017-2021"));
        assertThat(topic(result, "leadership.stable-management")).singleElement().satisfies(f -> {
            assertThat(f.attributes()).containsEntry("period", "2022-2024").containsEntry("officerChangeFilings", "1");
            assertThat(f.claim()).contains("6 earlier filings are history");
        });
    }

    @Test
    void widerHorizon_bringsTheOldPeaksIntoTheWindow() {
        // when the job asks for six years instead of three
        AgentResult result = agent.analyse(SecSamples.task(SecSamples.dossier("tesla"), "leadership",
                Map.of(LeadershipAgent.HORIZON, "6")));

        // then 2017-2022 decide, and 2018 and 2019 are turnover within it
        assertThat(topic(result, "leadership.turnover")).singleElement().satisfies(f ->
                assertThat(f.attributes()).containsEntry("period", "2017-2022").containsEntry("2018", "7"));
        assertThat(topic(result, "leadership.turnover-history")).isEmpty();
    }

    @Test
    void horizonThatIsNotAPositiveWholeNumber_isRefusedNamingTheProperty() {
        for (String bad : List.of("0", "-3", "three")) {
            var task = SecSamples.task(SecSamples.dossier("tesla"), "leadership", Map.of(LeadershipAgent.HORIZON, bad));

            assertThatThrownBy(() -> agent.analyse(task)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("horizonYears").hasMessageContaining(bad.replace("-", ""));
        }
    }

    @Test
    void boeing_officerListsShowBothChiefExecutiveChanges() {
        // when
        AgentResult result = agent.analyse(SecSamples.task("boeing", "leadership"));

        // then
        assertThat(topic(result, "leadership.executive-officers")).hasSize(3)
                .anySatisfy(f -> assertThat(f.attributes()).containsEntry("asOf", "2025-02-03"));
        List<Finding> ceoChanges = result.findings().stream()
                .filter(f -> "ceo-change".equals(f.attributes().get("kind"))).toList();
        assertThat(ceoChanges).extracting(f -> f.attributes().get("name") + " " + f.attributes().get("since"))
                .containsExactlyInAnyOrder("David L. Calhoun 2020-01", "Robert K. Ortberg 2024-08");
        // the latest list is of 2025, so 2023-2025 decide: the 2020 change is history, the 2024 one turnover
        assertThat(ceoChanges).filteredOn(f -> f.topic().equals("leadership.turnover"))
                .extracting(f -> f.attributes().get("period")).containsExactly("2024-08");
        assertThat(ceoChanges).filteredOn(f -> f.topic().equals("leadership.turnover-history")).singleElement()
                .satisfies(f -> assertThat(f.claim()).startsWith("History before 2023-2025"));
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
