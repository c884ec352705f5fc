package io.tributary.synthesis;

import static io.tributary.synthesis.RunBuilder.at;
import static io.tributary.synthesis.RunBuilder.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rater weighs a conclusion by how recent its period is and never weighs history. */
class RecencyWeightingTest {

    private final DueDiligenceSynthesizer synthesizer = new DueDiligenceSynthesizer();

    private static final String FACTS = "financials/companyfacts.json";

    @Test
    void historyFinding_evenOfHighSeverity_decidesNoRating() {
        // given: five profitable years, and a decade of old losses marked as history
        var run = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        run.add("financials", finding("financials.profitability", Dimension.FINANCIAL_HEALTH, Polarity.POSITIVE,
                Severity.MEDIUM, "Profitable in each of the 5 fiscal years FY2020-FY2024", "profitability",
                at(FACTS, "us-gaap:NetIncomeLoss FY2024", "7091000000"), Map.of("period", "FY2020-FY2024")));
        run.add("financials", finding("financials.loss-history", Dimension.FINANCIAL_HEALTH, Polarity.NEGATIVE,
                Severity.HIGH, "History before FY2020-FY2024: net losses in 11 fiscal years", "loss-history",
                at(FACTS, "us-gaap:NetIncomeLoss FY2019", "-862000000"),
                Map.of("period", "FY2009-FY2019", "history", "true")));

        // when
        var financial = synthesizer.synthesise(run.build()).dimension(Dimension.FINANCIAL_HEALTH).orElseThrow();

        // then
        assertThat(financial.rating()).isEqualTo(Rating.STRONG);
        assertThat(financial.reasons()).noneMatch(r -> r.text().contains("History before"));
        assertThat(financial.basis()).contains("recency").contains("history not weighed");
    }

    @Test
    void oldConclusion_weighsLessThanARecentOneOfTheSameSeverity() {
        // given: the same severity against in FY2019 and for in FY2024
        var run = RunBuilder.of("Example Corp", "0000000001", "EXC");
        run.add("financials", finding("financials.net-loss", Dimension.FINANCIAL_HEALTH, Polarity.NEGATIVE,
                Severity.MEDIUM, "Net loss in FY2019", "net-loss", at(FACTS, "FY2019", "-1"),
                Map.of("period", "FY2019")));
        run.add("financials", finding("financials.profitability", Dimension.FINANCIAL_HEALTH, Polarity.POSITIVE,
                Severity.MEDIUM, "Profitable FY2022-FY2024", "profitability", at(FACTS, "FY2024", "1"),
                Map.of("period", "FY2022-FY2024")));

        // when
        var financial = synthesizer.synthesise(run.build()).dimension(Dimension.FINANCIAL_HEALTH).orElseThrow();

        // then: 2 x 0.9 x 0.2 against, 2 x 0.9 x 1.0 for
        assertThat(financial.rating()).isEqualTo(Rating.STRONG);
        assertThat(financial.basis()).contains("weight 0.4 against, 1.8 for");
    }

    @Test
    void sameYearConclusions_weighAsBefore_soARecentLossStillOutweighs() {
        // given
        var run = RunBuilder.of("The Boeing Company", "0000012927", "BA");
        run.add("financials", finding("financials.net-loss", Dimension.FINANCIAL_HEALTH, Polarity.NEGATIVE,
                Severity.HIGH, "Net losses FY2022-FY2024, the latest 11.8 bn", "net-loss", at(FACTS, "FY2024", "-1"),
                Map.of("period", "FY2022-FY2024")));
        run.add("financials", finding("financials.negative-equity", Dimension.FINANCIAL_HEALTH, Polarity.NEGATIVE,
                Severity.HIGH, "Negative equity at the end of FY2024", "negative-equity", at(FACTS, "FY2024", "-1"),
                Map.of("period", "FY2024")));
        run.add("financials", finding("financials.debt", Dimension.FINANCIAL_HEALTH, Polarity.POSITIVE,
                Severity.LOW, "Debt fell", "debt", at(FACTS, "FY2024", "1"), Map.of("period", "FY2024")));

        // when
        var financial = synthesizer.synthesise(run.build()).dimension(Dimension.FINANCIAL_HEALTH).orElseThrow();

        // then
        assertThat(financial.rating()).isIn(Rating.WEAK, Rating.CONCERNING);
    }
}
