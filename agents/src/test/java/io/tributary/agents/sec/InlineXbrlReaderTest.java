package io.tributary.agents.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineXbrlReaderTest {

    private final InlineXbrlReader reader = new InlineXbrlReader();

    @Test
    void handMadeDocument_appliesScaleSignAndFormat_andSkipsSegmentsQuartersAndShares(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("financials/x.htm", "fixtures/small-inline-xbrl.htm"));

        // when
        InlineXbrlDocument document = reader.read(new Dossier(root), root.resolve("financials/x.htm"));
        AnnualValues annual = document.annual();

        // then
        assertThat(document.documentType()).isEqualTo("10-K");
        assertThat(document.fiscalYearFocus()).isEqualTo(2024);
        assertThat(annual.of("us-gaap:Revenues", PeriodKind.DURATION))
                .extracting(v -> v.label() + "=" + v.value().toPlainString())
                .containsExactly("FY2023=1100000000", "FY2024=1234500000");
        List<AnnualValue> income = annual.of("us-gaap:NetIncomeLoss", PeriodKind.DURATION);
        assertThat(income.get(1).value()).isEqualByComparingTo("-45600000");
        assertThat(income.get(1).quote()).isEqualTo("(45.6)");
        assertThat(income.get(0).value()).isEqualByComparingTo("0");
        assertThat(annual.of("us-gaap:StockholdersEquity", PeriodKind.INSTANT)).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("2500250"));
        assertThat(document.facts()).noneMatch(f -> f.concept().equals("us-gaap:CommonStockSharesOutstanding"));
    }

    @Test
    void boeingFy2024_netLossAndNegativeEquityComeFromTheirContexts() {
        // given
        Path root = SecSamples.dossier("boeing");

        // when
        AnnualValues annual = reader.read(new Dossier(root),
                root.resolve("financials/10-K-FY2024-filed-2025-02-03.html")).annual();

        // then
        assertThat(annual.of("us-gaap:NetIncomeLoss", PeriodKind.DURATION))
                .extracting(v -> v.label() + "=" + v.value().toPlainString())
                .containsExactly("FY2022=-4935000000", "FY2023=-2222000000", "FY2024=-11817000000");
        assertThat(annual.of("us-gaap:StockholdersEquity", PeriodKind.INSTANT)).last()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("-3908000000"));
    }

    @Test
    void htmlWithoutInlineXbrl_isRefusedSayingWhatWasExpected(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("financials/plain.html", "hostile/plain-10-K.html"));

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("financials/plain.html")))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("financials/plain.html: has no inline XBRL facts");
    }
}
