package io.tributary.agents.sec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualValuesTest {

    private static ReportedFact fact(String concept, String start, String end, long value, String accession,
            int fy, String filed) {
        return new ReportedFact(concept, start == null ? null : LocalDate.parse(start), LocalDate.parse(end),
                BigDecimal.valueOf(value), "USD", "10-K", "FY", fy, accession, LocalDate.parse(filed),
                "accn " + accession, String.valueOf(value));
    }

    @Test
    void restatedYear_takesTheLatestFiledValue_whateverTheOrder() {
        // given FY2018 as first reported and as restated two years later
        List<ReportedFact> facts = new ArrayList<>(List.of(
                fact("us-gaap:NetIncomeLoss", "2018-01-01", "2018-12-31", -976_091_000L, "A-19", 2018, "2019-02-19"),
                fact("us-gaap:NetIncomeLoss", "2019-01-01", "2019-12-31", -862_000_000L, "A-20", 2019, "2020-02-13"),
                fact("us-gaap:NetIncomeLoss", "2018-01-01", "2018-12-31", -976_000_000L, "A-20", 2019, "2020-02-13")));

        for (int round = 0; round < 3; round++) {
            // when
            List<AnnualValue> values = new AnnualValues("f.json", facts).of("us-gaap:NetIncomeLoss", PeriodKind.DURATION);

            // then
            assertThat(values).extracting(AnnualValue::fiscalYear).containsExactly(2018, 2019);
            assertThat(values.get(0).value()).isEqualByComparingTo("-976000000");
            assertThat(values.get(0).locator()).contains("A-20");
            Collections.shuffle(facts, new java.util.Random(round));
        }
    }

    @Test
    void quartersInsideAnAnnualReport_areNotAnnualValues() {
        // given a 10-K that also tags its fourth quarter
        List<ReportedFact> facts = List.of(
                fact("us-gaap:Revenues", "2019-01-01", "2019-12-31", 100, "A", 2019, "2020-02-01"),
                fact("us-gaap:Revenues", "2019-10-01", "2019-12-31", 30, "A", 2019, "2020-02-01"));

        // when
        List<AnnualValue> values = new AnnualValues("f.json", facts).of("us-gaap:Revenues", PeriodKind.DURATION);

        // then
        assertThat(values).singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("100"));
    }

    @Test
    void fiftyThreeWeekYears_andYearEndBalances_getTheRightFiscalYear() {
        // given a September fiscal year with 52- and 53-week years and balances at each year end
        List<ReportedFact> facts = List.of(
                fact("us-gaap:NetIncomeLoss", "2023-10-01", "2024-09-28", 93, "A", 2024, "2024-11-01"),
                fact("us-gaap:NetIncomeLoss", "2022-09-25", "2023-09-30", 97, "A", 2024, "2024-11-01"),
                fact("us-gaap:StockholdersEquity", null, "2024-09-28", 57, "A", 2024, "2024-11-01"),
                fact("us-gaap:StockholdersEquity", null, "2023-09-30", 62, "A", 2024, "2024-11-01"),
                fact("us-gaap:StockholdersEquity", null, "2024-03-30", 70, "A", 2024, "2024-11-01"));

        // when
        AnnualValues annual = new AnnualValues("f.htm", facts);

        // then
        assertThat(annual.of("us-gaap:NetIncomeLoss", PeriodKind.DURATION))
                .extracting(AnnualValue::label).containsExactly("FY2023", "FY2024");
        assertThat(annual.of("us-gaap:StockholdersEquity", PeriodKind.INSTANT))
                .extracting(v -> v.label() + "=" + v.value()).containsExactly("FY2023=62", "FY2024=57");
    }
}
