package io.tributary.synthesis;

import static io.tributary.synthesis.RunBuilder.at;
import static io.tributary.synthesis.RunBuilder.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.synthesis.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Confidence is coverage x agreement x freshness x settled, capped, and the report says so. */
class ConfidenceFormulaTest {

    private final DueDiligenceSynthesizer synthesizer = new DueDiligenceSynthesizer();

    @Test
    void confidence_isTheProductOfItsParts_andItsReasonShowsThem() {
        // given: three of five dimensions, one conclusion two years older than the rest, one unverified
        var run = RunBuilder.of("Example Corp", "0000000001", "EXC");
        run.add("financials", finding("financials.profitability", Dimension.FINANCIAL_HEALTH, Polarity.POSITIVE,
                Severity.MEDIUM, "Profitable FY2020-FY2024", "profitability", at("f.json", "FY2024", "1"),
                Map.of("period", "FY2020-FY2024")));
        run.add("regulatory", finding("regulatory.subpoena", Dimension.REGULATORY_LEGAL, Polarity.NEGATIVE,
                Severity.MEDIUM, "Subpoena disclosed", "event:subpoena", at("10-K.md", "Item 3", "subpoena"),
                Map.of("period", "FY2022")));
        run.add("leadership", finding("leadership.turnover", Dimension.LEADERSHIP, Polarity.NEUTRAL, Severity.LOW,
                "Officers stable", "turnover", at("10-K.md", "Item 10", "officers"), Map.of("period", "FY2024")));
        run.add("leadership", finding("leadership.claim", Dimension.LEADERSHIP, Polarity.POSITIVE, Severity.LOW,
                "An unverified claim", "claim", at("10-K.md", "Item 10", "x"), Map.of(), Caveat.UNVERIFIED));

        // when
        var assessment = synthesizer.synthesise(run.build());

        // then: 3/5 x 1 x (1 + 0.6 + 1)/3 x 3/4
        double expected = 0.6 * 1.0 * (2.6 / 3) * 0.75;
        assertThat(assessment.confidence()).isCloseTo(expected, within(0.01));
        assertThat(assessment.reasons()).extracting(Statement::text).anySatisfy(text -> assertThat(text)
                .startsWith("Confidence 0.39 = coverage 0.60 x agreement 1.00 x freshness 0.87 x settled 0.75"));
    }

    @Test
    void degradedRun_neverExceedsItsCap_andItsReasonShowsTheParts() {
        // given
        var run = SampleRuns.tesla().decision(io.tributary.api.policy.Decision.DEGRADED, "patents missing");

        // when
        var assessment = synthesizer.synthesise(run.build());

        // then
        assertThat(assessment.confidence()).isLessThanOrEqualTo(0.6);
        assertThat(assessment.reasons()).extracting(Statement::text)
                .anySatisfy(text -> assertThat(text).contains("Confidence").contains("coverage").contains("freshness"));
    }
}
