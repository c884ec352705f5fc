package io.tributary.agents.financials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tributary.agents.sec.SecFixtures;
import io.tributary.agents.sec.SecSamples;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.InvalidInputException;
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
    void tesla_concludesOnFiveProfitableYears_andKeepsTheLossesOfFy2009To2019AsHistory() {
        // given the Tesla sample (companyfacts FY2009-2022 and the FY2024 inline-XBRL 10-K)
        // when
        AgentResult result = analyse("tesla");

        // then: nothing within the horizon FY2020-FY2024 is a loss
        assertThat(result.sourcesUsed()).isEqualTo(2);
        assertThat(result.problems()).isEmpty();
        assertThat(topic(result, "financials.net-loss")).isEmpty();
        assertThat(topic(result, "financials.profitability")).singleElement().satisfies(profit -> {
            assertThat(profit.polarity()).isEqualTo(Polarity.POSITIVE);
            assertThat(profit.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(profit.attributes()).containsEntry("period", "FY2020-FY2024")
                    .containsEntry("profitableYears", "5").containsEntry("lastLossYear", "2019")
                    .containsEntry("latestFiscalYear", "2024").containsEntry("latestNetIncome", "7091000000");
            assertThat(profit.claim()).contains("FY2020-FY2024").contains("7.09");
        });
        // and the eleven loss years are one history finding that decides nothing
        assertThat(topic(result, "financials.loss-history")).singleElement().satisfies(history -> {
            assertThat(history.severity()).isEqualTo(Severity.INFO);
            assertThat(history.attributes()).containsEntry("history", "true").containsEntry("period", "FY2009-FY2019")
                    .containsEntry("horizon", "FY2020-FY2024").containsEntry("lastLossYear", "2019")
                    .containsEntry("lossYears", "2009,2010,2011,2012,2013,2014,2015,2016,2017,2018,2019");
            assertThat(Double.parseDouble(history.attributes().get("FY2018.netIncome")) / 1e9).isCloseTo(-0.98, within(0.01));
            assertThat(Double.parseDouble(history.attributes().get("FY2017.netIncome")) / 1e9).isCloseTo(-1.96, within(0.01));
            assertThat(history.evidence().get(0).locator()).contains("us-gaap:NetIncomeLoss FY2019");
            assertThat(history.evidence().get(0).file()).isEqualTo("financials/companyfacts-CIK0001318605.json");
        });
        assertThat(result.findings()).filteredOn(f -> f.severity() != Severity.INFO)
                .allSatisfy(f -> assertThat(f.attributes()).containsKey("period"));
    }

    @Test
    void tesla_withAHorizonOfTwelveYears_weighsTheLossesOfFy2013To2019Again() {
        // when
        AgentResult result = agent.analyse(SecSamples.task(SecSamples.dossier("tesla"), "financials",
                Map.of(FinancialsAgent.HORIZON, "12")));

        // then
        assertThat(topic(result, "financials.net-loss")).singleElement().satisfies(loss -> {
            assertThat(loss.attributes()).containsEntry("period", "FY2013-FY2019")
                    .containsEntry("horizon", "FY2013-FY2024").containsEntry("latestLossYear", "2019");
            assertThat(loss.severity()).isEqualTo(Severity.MEDIUM);
        });
        assertThat(topic(result, "financials.loss-history")).singleElement()
                .satisfies(h -> assertThat(h.attributes()).containsEntry("period", "FY2009-FY2012"));
    }

    @Test
    void horizonThatIsNotAPositiveWholeNumber_isRefusedNamingTheProperty() {
        for (String bad : List.of("0", "-3", "five", "2.5")) {
            var task = SecSamples.task(SecSamples.dossier("tesla"), "financials", Map.of(FinancialsAgent.HORIZON, bad));

            assertThatThrownBy(() -> agent.analyse(task)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("horizonYears").hasMessageContaining(bad.replace("-", ""));
        }
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
    void boeingFy2024_concludesOnThreeLossYearsAndNegativeEquity() {
        // when
        AgentResult result = analyse("boeing");

        // then
        Finding loss = topic(result, "financials.net-loss").get(0);
        assertThat(topic(result, "financials.net-loss")).hasSize(1);
        assertThat(Double.parseDouble(loss.attributes().get("FY2024.netIncome")) / 1e9).isCloseTo(-11.8, within(0.05));
        assertThat(loss.attributes()).containsEntry("latestLossYear", "2024").containsEntry("period", "FY2022-FY2024");
        assertThat(loss.severity()).isEqualTo(Severity.HIGH);
        assertThat(loss.evidence().get(0).quote()).isEqualTo("(11,817)");
        Finding equity = topic(result, "financials.negative-equity").get(0);
        assertThat(equity.severity().isHigh()).isTrue();
        assertThat(equity.attributes()).containsEntry("period", "FY2024");
        assertThat(billions(equity)).isCloseTo(-3.91, within(0.01));
        assertThat(topic(result, "financials.cash-burn")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(topic(result, "financials.revenue-decline")).hasSize(1);
        assertThat(topic(result, "financials.profitability")).isEmpty();
        assertThat(topic(result, "financials.loss-history")).isEmpty();
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
                .satisfies(f -> assertThat(f.attributes()).containsEntry("latestLossYear", "2024")
                        .containsEntry("FY2024.netIncome", "-45600000"));
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
