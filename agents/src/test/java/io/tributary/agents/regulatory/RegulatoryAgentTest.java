package io.tributary.agents.regulatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.sec.SecFixtures;
import io.tributary.agents.sec.SecSamples;
import io.tributary.api.InvalidInputException;
import io.tributary.api.RetriableException;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegulatoryAgentTest {

    private static final Map<String, AgentResult> WHOLE = new ConcurrentHashMap<>();

    private static final Map<String, AgentResult> WHOLE_BY_KEYWORDS = new ConcurrentHashMap<>();

    private final RegulatoryAgent agent = new RegulatoryAgent();
    private final RegulatoryAgent keywords = new KeywordRegulatoryAgent();

    private AgentResult whole(String sample) {
        return WHOLE.computeIfAbsent(sample, s -> agent.analyse(SecSamples.task(s, "regulatory")));
    }

    private AgentResult wholeByKeywords(String sample) {
        return WHOLE_BY_KEYWORDS.computeIfAbsent(sample, s -> keywords.analyse(SecSamples.task(s, "regulatory")));
    }

    private static List<Finding> topic(AgentResult result, String topic) {
        return result.findings().stream().filter(f -> f.topic().equals(topic)).toList();
    }

    @Test
    void abvcEightK_flagsNonRelianceAsHigh_andFindsThePressReleaseHeadline() {
        // when
        AgentResult result = whole("abvc");

        // then
        assertThat(topic(result, "regulatory.non-reliance")).singleElement().satisfies(f -> {
            assertThat(f.severity().isHigh()).isTrue();
            assertThat(f.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(f.attributes()).containsEntry("item", "4.02").containsEntry("year", "2025")
                    .containsEntry("accession", "0001213900-25-032135");
            assertThat(f.evidence().get(0).quote()).contains("should no longer be relied upon");
        });
        assertThat(topic(result, "regulatory.company-press-release")).singleElement().satisfies(f -> {
            assertThat(f.attributes().get("headline")).contains("Revenue Surges 234%");
            assertThat(f.evidence().get(0).file()).isEqualTo("filings/8-K-0001213900-25-032135.txt");
        });
        assertThat(topic(result, "regulatory.risk-language"))
                .anySatisfy(f -> assertThat(f.attributes()).containsEntry("term", "material weakness"));
    }

    @Test
    void teslaSubmissions_countItemFiveOhTwoFilingsByYear() {
        // given the submissions list as one work item
        AgentTask task = SecSamples.task("tesla", "regulatory");
        List<String> items = agent.items(task);

        // when each item is analysed and the run concluded
        List<Finding> itemFindings = new ArrayList<>();
        for (String item : items) {
            itemFindings.addAll(agent.analyse(task.forItem(item)).findings());
        }
        AgentResult conclusion = agent.conclude(task, itemFindings);

        // then
        assertThat(items).containsExactly("filings/submissions-CIK0001318605.json");
        assertThat(itemFindings).filteredOn(f -> f.topic().equals("regulatory.officer-change")).hasSize(22);
        assertThat(conclusion.findings()).singleElement().satisfies(f -> {
            assertThat(f.topic()).isEqualTo("regulatory.items-by-year");
            assertThat(f.key()).isEqualTo("items-by-year:5.02");
            assertThat(f.attributes()).containsEntry("total", "22").containsEntry("2018", "7")
                    .containsEntry("2019", "4").containsEntry("peakYear", "2018");
        });
    }

    @Test
    void boeingTenKs_byKeywords_flag737MaxGroundingWithFaa_andTheDojDeferredProsecution() {
        // when
        AgentResult result = wholeByKeywords("boeing");

        // then
        List<Finding> risk = topic(result, "regulatory.risk-language");
        assertThat(risk).filteredOn(f -> f.attributes().get("term").equals("grounding")).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.attributes().get("regulators")).contains("FAA");
                    assertThat(f.evidence()).anySatisfy(e -> assertThat(e.quote()).contains("737 MAX"));
                    assertThat(f.severity().isHigh()).isTrue();
                });
        assertThat(risk).filteredOn(f -> f.attributes().get("term").equals("deferred prosecution")).singleElement()
                .satisfies(f -> {
                    assertThat(f.attributes().get("regulators")).contains("DOJ");
                    assertThat(f.evidence()).allSatisfy(e -> assertThat(e.quote().length()).isLessThanOrEqualTo(306));
                });
        assertThat(risk).extracting(Finding::key).doesNotHaveDuplicates()
                .contains("risk:filings/10-K-FY2020.md:grounding", "risk:filings/10-K-FY2019.md:grounding");
    }

    @Test
    void boeingTenKs_byEvents_discloseTheGroundingAndTheDeferredProsecutionAgreement_withTheirSentences() {
        // when
        AgentResult result = whole("boeing");

        // then
        assertThat(topic(result, "regulatory.grounding")).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity().isHigh()).isTrue();
            assertThat(f.attributes().get("regulators")).contains("FAA");
            assertThat(f.attributes().get("period")).matches("FY20(19|20)");
        });
        assertThat(topic(result, "regulatory.deferred-prosecution")).singleElement().satisfies(f -> {
            assertThat(f.attributes()).containsEntry("period", "FY2020");
            assertThat(f.attributes().get("regulators")).contains("DOJ");
            assertThat(f.evidence()).anySatisfy(e -> assertThat(e.quote())
                    .contains("we entered into a Deferred Prosecution Agreement with the U.S. Department of Justice"));
        });
        assertThat(topic(result, "regulatory.investigation")).allSatisfy(f ->
                assertThat(f.evidence()).allSatisfy(e -> assertThat(e.quote()).contains("cooperating")));
    }

    @Test
    void appleTenK_namesInvestigationsOnlyAsAPossibility_soReadingEventsGivesNoEventFinding() {
        // when
        AgentResult byEvents = whole("apple");
        AgentResult byKeywords = wholeByKeywords("apple");

        // then: counting words makes a finding against the company of it, reading events only an observation
        assertThat(byEvents.findings()).filteredOn(f -> f.evidence().stream().anyMatch(e -> e.file().endsWith(".md")))
                .isNotEmpty().allSatisfy(f -> {
                    assertThat(f.topic()).isEqualTo("regulatory.risk-language");
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.polarity()).isEqualTo(Polarity.NEUTRAL);
                    assertThat(f.attributes()).containsEntry("observation", "conditional")
                            .containsEntry("period", "FY2022");
                });
        assertThat(topic(byKeywords, "regulatory.risk-language"))
                .anySatisfy(f -> {
                    assertThat(f.attributes()).containsEntry("term", "investigation");
                    assertThat(f.severity()).isGreaterThan(Severity.INFO);
                    assertThat(f.polarity()).isEqualTo(Polarity.NEGATIVE);
                });
    }

    @Test
    void bothReadings_keyTheirTermFindingsAlike_soTheConsensusCheckComparesThem() {
        // when
        List<String> byEvents = topic(whole("apple"), "regulatory.risk-language").stream().map(Finding::key).toList();
        List<String> byKeywords = topic(wholeByKeywords("apple"), "regulatory.risk-language").stream()
                .map(Finding::key).toList();

        // then
        assertThat(byEvents).contains("risk:filings/10-K-FY2022.md:investigation");
        assertThat(byKeywords).containsAll(byEvents);
    }

    @Test
    void kraftHeinzTenK_disclosesRestatementNonRelianceSubpoenaAndMaterialWeakness_withTheDisclosingSentences(
            @TempDir Path temp) {
        // given the Kraft Heinz FY2018 10-K passages that disclose them
        Path root = SecFixtures.dossier(temp, Map.of("filings/10-K-FY2018.md",
                "fixtures/kraft-heinz-10-K-FY2018-excerpt.md"));

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "regulatory", Map.of()));

        // then
        assertThat(topic(result, "regulatory.restatement")).singleElement().satisfies(f -> {
            assertThat(f.severity().isHigh()).isTrue();
            assertThat(f.attributes()).containsEntry("period", "FY2018");
            assertThat(f.evidence()).anySatisfy(e -> assertThat(e.quote())
                    .contains("We have restated herein our audited consolidated financial statements"));
        });
        assertThat(topic(result, "regulatory.non-reliance")).singleElement().satisfies(f ->
                assertThat(f.evidence().get(0).quote()).contains("should no longer be relied upon"));
        assertThat(topic(result, "regulatory.subpoena")).singleElement().satisfies(f -> {
            assertThat(f.attributes().get("regulators")).contains("SEC");
            assertThat(f.evidence()).anySatisfy(e -> assertThat(e.quote()).contains("we received a subpoena from the SEC"))
                    .anySatisfy(e -> assertThat(e.quote()).contains("we received a subpoena from the Securities and"));
        });
        assertThat(topic(result, "regulatory.material-weakness")).singleElement().satisfies(f ->
                assertThat(f.evidence().get(0).quote()).contains("We identified material weaknesses"));
        assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.INFO)
                .allSatisfy(f -> assertThat(f.polarity()).isEqualTo(Polarity.NEGATIVE));
    }

    @Test
    void appleTenK_hasNoNonReliance_andNothingHigh() {
        // when
        AgentResult result = whole("apple");

        // then
        assertThat(result.sourcesUsed()).isEqualTo(1);
        assertThat(topic(result, "regulatory.non-reliance")).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity().isHigh());
    }

    @Test
    void wholeAnalysis_equalsItemsPlusConclusion() {
        // given
        AgentTask task = SecSamples.task("abvc", "regulatory");

        // when
        List<Finding> split = new ArrayList<>();
        agent.items(task).forEach(item -> split.addAll(agent.analyse(task.forItem(item)).findings()));
        split.addAll(agent.conclude(task, split).findings());

        // then
        assertThat(whole("abvc").findings()).containsExactlyInAnyOrderElementsOf(split);
    }

    @Test
    void badFiles_becomeProblems_andTheGoodOnesAreStillAnalysed(@TempDir Path temp) {
        // given a dossier with a damaged submissions list, a non-UTF-8 text, a truncated 8-K and a real one
        Path root = SecFixtures.dossier(temp, Map.of(
                "filings/a-submissions.json", "hostile/submissions-mismatched.json",
                "filings/b-latin1.md", "hostile/latin1-10-K.md",
                "filings/c-cut.txt", "hostile/truncated-8-K.txt",
                "filings/d-not-submissions.json", "hostile/not-companyfacts.json",
                "filings/e-8-K.txt", SecSamples.dossier("abvc").resolve("filings/8-K-0001213900-25-032135.txt")));

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "regulatory", Map.of()));

        // then
        assertThat(result.sourcesUsed()).isEqualTo(1);
        assertThat(result.problems()).extracting(p -> p.file()).containsExactly("filings/a-submissions.json",
                "filings/b-latin1.md", "filings/c-cut.txt", "filings/d-not-submissions.json");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.problem()).isNotBlank());
        assertThat(topic(result, "regulatory.non-reliance")).hasSize(1);
    }

    @Test
    void emptyOrMissingFilingsFolder_isNoEvidence(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of());
        temp.resolve("filings").toFile().mkdirs();

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "regulatory", Map.of()));

        // then
        assertThat(result.hasNoEvidence()).isTrue();
        assertThat(agent.items(SecSamples.task(root, "regulatory", Map.of()))).isEmpty();
    }

    @Test
    void itemOutsideTheFilingsFolder_isRefused() {
        // given
        AgentTask task = SecSamples.task("abvc", "regulatory").forItem("../tesla/filings/submissions-CIK0001318605.json");

        // when / then
        assertThatThrownBy(() -> agent.analyse(task)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a path inside the dossier");
    }

    @Test
    void smallSizeBound_turnsTheLargeFileIntoAProblem() {
        // given a task that allows 100 kB per file
        AgentTask task = SecSamples.task(SecSamples.dossier("boeing"), "regulatory", Map.of("maxFileBytes", "100000"));

        // when
        AgentResult result = agent.analyse(task);

        // then
        assertThat(result.hasNoEvidence()).isTrue();
        assertThat(result.problems()).hasSize(2)
                .allSatisfy(p -> assertThat(p.problem()).contains("larger than the limit of 100000 bytes"));
    }

    @Test
    void severityOfRiskLanguage_neverReachesCritical() {
        assertThat(wholeByKeywords("boeing").findings()).filteredOn(f -> f.topic().equals("regulatory.risk-language"))
                .noneMatch(f -> f.severity() == Severity.CRITICAL);
    }

    @Test
    void eightKSavedAsText_reportsItsItemsWithTheReportDate(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("filings/8-K-2023-03-03.md", "fixtures/8-K-officer-change.md"));

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "regulatory", Map.of()));

        // then: the heading counts once; "this Item 5.02" further down is only a reference
        assertThat(topic(result, "regulatory.officer-change")).singleElement().satisfies(f -> {
            assertThat(f.attributes()).containsEntry("year", "2023").containsEntry("item", "5.02");
            assertThat(f.evidence().get(0).quote()).contains("resignation as Chief Financial Officer");
        });
        assertThat(topic(result, "regulatory.items-by-year")).singleElement()
                .satisfies(f -> assertThat(f.attributes()).containsEntry("2023", "1"));
    }

    @Test
    void wholeAnalysisPastItsDeadline_stopsWithARetriableError() {
        // given a clock already past the task's deadline
        AgentTask task = SecSamples.task("abvc", "regulatory");
        RegulatoryAgent late = new RegulatoryAgent(Clock.fixed(task.deadline().plusSeconds(1), ZoneOffset.UTC));

        // when / then
        assertThatThrownBy(() -> late.analyse(task)).isInstanceOf(RetriableException.class)
                .hasMessageContaining("reached its deadline").hasMessageContaining("after 0 of 1 documents");
    }
}
