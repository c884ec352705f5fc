package io.tributary.agents.financials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tributary.agents.sec.SecFixtures;
import io.tributary.agents.sec.SecSamples;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FinancialsAgentTest {

    private static final Map<String, AgentResult> RESULTS = new ConcurrentHashMap<>();

    private final FinancialsAgent agent = new FinancialsAgent();

    private AgentResult analyse(String sample) {
        return RESULTS.computeIfAbsent(sample, s -> agent.analyse(SecSamples.task(s, "financials")));
    }

    private static List<Finding> topic(AgentResult result, String topic) {
        return result.findings().stream().filter(f -> f.topic().equals(topic)).toList();
    }

    private static double billions(Finding finding) {
        return Double.parseDouble(finding.attributes().get("value")) / 1e9;
    }

    @Test
    void tesla_reportsNetLossesFy2017To2019WithValues_andReturnToProfit() {
        // given the Tesla sample (companyfacts FY2009-2021 and the FY2024 inline-XBRL 10-K)
        // when
        AgentResult result = analyse("tesla");

        // then
        assertThat(result.sourcesUsed()).isEqualTo(2);
        assertThat(result.problems()).isEmpty();
        Map<String, Finding> losses = topic(result, "financials.net-loss").stream()
                .collect(java.util.stream.Collectors.toMap(f -> f.attributes().get("fiscalYear"), f -> f));
        assertThat(billions(losses.get("2017"))).isCloseTo(-1.96, within(0.01));
        assertThat(billions(losses.get("2018"))).isCloseTo(-0.98, within(0.01));
        assertThat(billions(losses.get("2019"))).isCloseTo(-0.86, within(0.01));
        assertThat(losses).doesNotContainKeys("2020", "2021", "2022", "2023", "2024");
        assertThat(losses.get("2018").key()).isEqualTo("net-loss:FY2018");
        assertThat(losses.get("2018").attributes()).containsEntry("unit", "USD")
                .containsEntry("concept", "us-gaap:NetIncomeLoss");
        assertThat(losses.get("2018").evidence().get(0).file())
                .isEqualTo("financials/companyfacts-CIK0001318605.json");
        assertThat(losses.get("2018").evidence().get(0).locator()).contains("us-gaap:NetIncomeLoss FY2018");

        Finding profit = topic(result, "financials.profitability").get(0);
        assertThat(profit.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(profit.attributes()).containsEntry("firstProfitableYear", "2020")
                .containsEntry("lastLossYear", "2019").containsEntry("latestFiscalYear", "2024");
    }

    @Test
    void tesla_usesTheInlineXbrl10KForTheLatestYears() {
        // when
        AgentResult result = analyse("tesla");

        // then
        Finding summary = topic(result, "financials.summary").get(0);
        assertThat(summary.attributes()).containsEntry("FY2024.revenue", "97690000000")
                .containsEntry("FY2024.netIncome", "7091000000")
                .containsEntry("FY2021.netIncome", "5519000000");
        assertThat(topic(result, "financials.revenue-growth")).singleElement()
                .satisfies(f -> assertThat(f.attributes()).containsKey("threeYearRate"));
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.group()).isEqualTo(Dimensions.FINANCIAL_HEALTH));
    }

    @Test
    void boeingFy2024_flagsNetLossAndNegativeEquity() {
        // when
        AgentResult result = analyse("boeing");

        // then
        Finding loss2024 = topic(result, "financials.net-loss").stream()
                .filter(f -> f.attributes().get("fiscalYear").equals("2024")).findFirst().orElseThrow();
        assertThat(billions(loss2024)).isCloseTo(-11.8, within(0.05));
        assertThat(loss2024.severity()).isEqualTo(Severity.HIGH);
        assertThat(loss2024.evidence().get(0).quote()).isEqualTo("(11,817)");
        Finding equity = topic(result, "financials.negative-equity").get(0);
        assertThat(equity.severity().isHigh()).isTrue();
        assertThat(billions(equity)).isCloseTo(-3.91, within(0.01));
        assertThat(topic(result, "financials.cash-burn")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(topic(result, "financials.revenue-decline")).hasSize(1);
        assertThat(topic(result, "financials.profitability")).isEmpty();
    }

    @Test
    void appleFy2024_hasNoHighNegativeFinding_andSustainedProfit() {
        // when
        AgentResult result = analyse("apple");

        // then
        assertThat(result.findings())
                .filteredOn(f -> f.polarity() == Polarity.NEGATIVE)
                .noneMatch(f -> f.severity().isHigh());
        assertThat(topic(result, "financials.net-loss")).isEmpty();
        assertThat(topic(result, "financials.profitability")).singleElement()
                .satisfies(f -> assertThat(f.claim()).contains("Profitable in every fiscal year"));
    }

    @Test
    void sameInput_givesSameKeysAndFindings() {
        // when
        AgentResult first = agent.analyse(SecSamples.task("boeing", "financials"));
        AgentResult second = analyse("boeing");

        // then
        assertThat(first.findings()).isEqualTo(second.findings());
    }

    @Test
    void tesla_keepsOneConceptPerSeries_evenWhenTheNewerFileOnlyHasAnother() {
        // when: the FY2024 10-K tags 2021 equity only including minority interests (31.0 bn)
        AgentResult result = analyse("tesla");

        // then: the series keeps us-gaap:StockholdersEquity from companyfacts for FY2021
        Finding summary = topic(result, "financials.summary").get(0);
        assertThat(summary.attributes()).containsEntry("FY2021.equity", "30189000000");
    }

    @Test
    void badFiles_becomeProblems_andTheGoodOneIsStillAnalysed(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of(
                "financials/a-truncated.json", "hostile/truncated-companyfacts.json",
                "financials/b-other.json", "hostile/not-companyfacts.json",
                "financials/c-plain.html", "hostile/plain-10-K.html",
                "financials/d-10-K.htm", "fixtures/small-inline-xbrl.htm"));

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "financials", Map.of()));

        // then
        assertThat(result.sourcesUsed()).isEqualTo(1);
        assertThat(result.problems()).extracting(p -> p.file())
                .containsExactly("financials/a-truncated.json", "financials/b-other.json", "financials/c-plain.html");
        assertThat(topic(result, "financials.net-loss")).singleElement()
                .satisfies(f -> assertThat(f.attributes()).containsEntry("fiscalYear", "2024")
                        .containsEntry("value", "-45600000"));
    }

    @Test
    void missingOrEmptyFolder_isNoEvidence(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of());

        // when
        AgentResult result = agent.analyse(SecSamples.task(root, "financials", Map.of()));

        // then
        assertThat(result.hasNoEvidence()).isTrue();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void parallelCalls_giveTheSameFindings(@TempDir Path temp) throws Exception {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("financials/10-K.htm", "fixtures/small-inline-xbrl.htm"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // when
            List<Future<AgentResult>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> agent.analyse(SecSamples.task(root, "financials", Map.of()))));
            }

            // then
            List<Finding> first = runs.get(0).get().findings();
            assertThat(first).isNotEmpty();
            for (Future<AgentResult> run : runs) {
                assertThat(run.get().findings()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
    }
}
