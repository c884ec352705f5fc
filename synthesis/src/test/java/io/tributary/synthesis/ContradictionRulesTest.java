package io.tributary.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.synthesis.Contradiction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContradictionRulesTest {

    private final DueDiligenceSynthesizer synthesizer = new DueDiligenceSynthesizer();

    @Test
    void turnoverAgainstPressClaimOfStableManagement_isFlagged() {
        // given
        var run = RunBuilder.of("Boeing Co", "0000012927", "BA");
        long turnover = run.add("leadership", RunBuilder.finding("leadership.turnover", Dimension.LEADERSHIP,
                Polarity.NEGATIVE, Severity.MEDIUM, "CEO changed in January 2020 and again in 2024", "turnover",
                RunBuilder.at("filings/submissions.json", "Item 5.02 2020-01-13", ""), Map.of("2020", "3", "2024", "2")));
        long claim = run.add("press", RunBuilder.finding("press.company-release", Dimension.MARKET_PERCEPTION,
                Polarity.POSITIVE, Severity.LOW, "Analysts praise the stable leadership of the company", "release:3",
                RunBuilder.at("press/headlines.csv", "row 3", "stable leadership"), Map.of()));

        // when
        var contradictions = synthesizer.synthesise(run.build()).contradictions();

        // then
        assertThat(contradictions).extracting(Contradiction::rule).contains("turnover-vs-stability");
        var flagged = contradictions.stream().filter(c -> c.rule().equals("turnover-vs-stability")).findFirst().orElseThrow();
        assertThat(flagged.warning().findingIds()).containsExactly(turnover);
        assertThat(flagged.reassurance().findingIds()).containsExactly(claim);
        assertThat(flagged.reassurance().agents()).containsExactly("press");
        assertThat(flagged.check()).contains("which officers left and joined");
        assertThat(flagged.severity()).isEqualTo(Severity.MEDIUM);
    }

    /** A run with Item 5.02 findings filed on {@code dates} and a stable-management finding. */
    private static RunBuilder officerChangesAndStability(String... dates) {
        var run = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        for (int i = 0; i < dates.length; i++) {
            run.add("regulatory", RunBuilder.finding("regulatory.officer-change", Dimension.REGULATORY_LEGAL,
                    Polarity.NEUTRAL, Severity.LOW, "8-K Item 5.02 filed " + dates[i], "5.02:" + i,
                    RunBuilder.at("filings/submissions.json", "Item 5.02", ""),
                    Map.of("period", dates[i], "year", dates[i].substring(0, 4))));
        }
        run.add("leadership", RunBuilder.finding("leadership.stable-management", Dimension.LEADERSHIP,
                Polarity.POSITIVE, Severity.LOW, "Management is stable", "stable", RunBuilder.at("leadership/x.md", "Officers", ""),
                Map.of("period", "2020-2022")));
        return run;
    }

    @Test
    void frequentOfficerChangesInFilingsAgainstStableManagementFinding_isFlagged() {
        // given: three 8-K Item 5.02 findings in the latest year and a stable-management claim
        var run = officerChangesAndStability("2020-02-01", "2020-06-01", "2020-11-01");

        // when
        var contradictions = synthesizer.synthesise(run.build()).contradictions();

        // then
        assertThat(contradictions).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("turnover-vs-stability");
            assertThat(c.warning().findingIds()).hasSize(3);
            assertThat(c.warning().position()).contains("officer changes");
        });
    }

    @Test
    void officerChangePeakBeforeTheLatestThreeYears_isHistory_notTurnoverAgainstStability() {
        // given: four changes in 2018, one a year since
        var run = officerChangesAndStability("2018-01-10", "2018-03-10", "2018-06-10", "2018-09-10", "2020-04-23",
                "2021-06-07", "2022-09-28");

        // when
        var contradictions = synthesizer.synthesise(run.build()).contradictions();

        // then
        assertThat(contradictions).isEmpty();
    }

    @Test
    void twoOfficerChanges_areNotTurnover() {
        // given
        var run = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        for (int i = 0; i < 2; i++) {
            run.add("regulatory", RunBuilder.finding("regulatory.officer-change", Dimension.REGULATORY_LEGAL,
                    Polarity.NEUTRAL, Severity.LOW, "8-K Item 5.02", "5.02:" + i,
                    RunBuilder.at("filings/submissions.json", "Item 5.02", ""), Map.of()));
        }
        run.add("leadership", RunBuilder.finding("leadership.stable-management", Dimension.LEADERSHIP,
                Polarity.POSITIVE, Severity.LOW, "Management is stable", "stable", RunBuilder.at("leadership/x.md", "Officers", ""),
                Map.of()));

        // when
        var contradictions = synthesizer.synthesise(run.build()).contradictions();

        // then
        assertThat(contradictions).isEmpty();
    }

    @Test
    void negatedStabilityClaim_doesNotReassure() {
        // given
        var run = RunBuilder.of("Boeing Co", "0000012927", "BA");
        run.add("leadership", RunBuilder.finding("leadership.turnover", Dimension.LEADERSHIP, Polarity.NEGATIVE,
                Severity.MEDIUM, "Two CEO changes", "turnover", RunBuilder.at("filings/s.json", "Item 5.02", ""), Map.of()));
        run.add("press", RunBuilder.finding("press.company-release", Dimension.MARKET_PERCEPTION, Polarity.NEUTRAL,
                Severity.LOW, "Critics say the management is not stable", "r", RunBuilder.at("press/h.csv", "row 1", ""),
                Map.of()));
        run.add("press", RunBuilder.finding("press.company-release", Dimension.MARKET_PERCEPTION, Polarity.NEUTRAL,
                Severity.LOW, "Unstable leadership worries investors", "r2", RunBuilder.at("press/h.csv", "row 2", ""),
                Map.of()));

        // when
        var contradictions = synthesizer.synthesise(run.build()).contradictions();

        // then
        assertThat(contradictions).isEmpty();
    }

    @Test
    void restatementRiskLanguageAgainstBullishHeadlines_isFlaggedWithHeadlineEvidence() {
        // given: Kraft-Heinz-like restatement language and two bullish headlines
        var run = RunBuilder.of("The Kraft Heinz Company", "0001637459", "KHC");
        long restatement = run.add("regulatory", RunBuilder.finding("regulatory.risk-language", Dimension.REGULATORY_LEGAL,
                Polarity.NEGATIVE, Severity.HIGH, "The 10-K restates 2016 and 2017", "risk:restatement",
                RunBuilder.at("filings/10-K-FY2018.md", "Item 9A", "restatement"), Map.of("term", "restatement")));
        long bullish = run.add("press", SampleRuns.headline(1, "bullish"));
        run.add("press", SampleRuns.headline(2, "bearish"));
        run.add("regulatory", RunBuilder.finding("regulatory.risk-language", Dimension.REGULATORY_LEGAL,
                Polarity.NEGATIVE, Severity.MEDIUM, "Mentions grounding", "risk:grounding",
                RunBuilder.at("filings/10-K-FY2018.md", "Item 1A", "grounding"), Map.of("term", "grounding")));

        // when
        var contradictions = synthesizer.synthesise(run.build()).contradictions();

        // then
        assertThat(contradictions).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("regulatory-vs-publicity");
            assertThat(c.warning().findingIds()).containsExactly(restatement);
            assertThat(c.reassurance().findingIds()).containsExactly(bullish);
            assertThat(c.reassurance().position()).contains("headlines (1 bullish)");
            assertThat(c.reassurance().evidence()).extracting(e -> e.locator()).containsExactly("row 1");
            assertThat(c.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void conditionalRiskLanguageObservation_raisesNoContradictionAgainstBullishHeadlines() {
        // given: a 10-K that names investigations only as a possibility, and bullish press
        var run = RunBuilder.of("Apple Inc.", "0000320193", "AAPL");
        run.add("regulatory", RunBuilder.finding("regulatory.risk-language", Dimension.REGULATORY_LEGAL,
                Polarity.NEUTRAL, Severity.INFO, "'investigation' is named only as a possibility",
                "risk:filings/10-K-FY2022.md:investigation",
                RunBuilder.at("filings/10-K-FY2022.md", "Item 1A", "could be subject to investigations"),
                Map.of("term", "investigation", "observation", "conditional")));
        run.add("press", SampleRuns.headline(1, "bullish"));

        // when
        var contradictions = synthesizer.synthesise(run.build()).contradictions();

        // then
        assertThat(contradictions).isEmpty();
    }

    @Test
    void disclosedSubpoenaAgainstBullishHeadlines_isFlagged() {
        // given
        var run = RunBuilder.of("The Kraft Heinz Company", "0001637459", "KHC");
        long subpoena = run.add("regulatory", RunBuilder.finding("regulatory.subpoena", Dimension.REGULATORY_LEGAL,
                Polarity.NEGATIVE, Severity.HIGH, "10-K-FY2018.md discloses a subpoena (SEC)",
                "event:filings/10-K-FY2018.md:subpoena",
                RunBuilder.at("filings/10-K-FY2018.md", "Item 1A", "we received a subpoena from the SEC"),
                Map.of("event", "subpoena", "period", "FY2018")));
        run.add("press", SampleRuns.headline(1, "bullish"));

        // when
        var contradictions = synthesizer.synthesise(run.build()).contradictions();

        // then
        assertThat(contradictions).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("regulatory-vs-publicity");
            assertThat(c.warning().findingIds()).containsExactly(subpoena);
        });
    }

    @Test
    void downbeatCompanyRelease_doesNotReassure() {
        // given
        var run = RunBuilder.of("ABVC BioPharma, Inc.", "0001173313", "ABVC");
        run.add("regulatory", RunBuilder.finding("regulatory.non-reliance", Dimension.REGULATORY_LEGAL,
                Polarity.NEGATIVE, Severity.CRITICAL, "Item 4.02", "k", RunBuilder.at(SampleRuns.ABVC_8K, "Item 4.02", ""),
                Map.of()));
        run.add("regulatory", RunBuilder.finding("regulatory.company-press-release", Dimension.REGULATORY_LEGAL,
                Polarity.NEUTRAL, Severity.LOW, "EX-99.1", "ex", RunBuilder.at(SampleRuns.ABVC_8K, "EX-99.1", ""),
                Map.of("headline", "Company Announces Restatement and Revenue Decline")));

        // when
        var contradictions = synthesizer.synthesise(run.build()).contradictions();

        // then
        assertThat(contradictions).isEmpty();
    }
}
