package io.tributary.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrillCasesTest {

    private static final List<String> ROLES = List.of("financials", "press", "regulatory", "patents", "leadership");

    @Test
    void withinTheBound_everyCombinationOnce_firstAllSucceed() {
        DrillCases cases = DrillCases.of(ROLES, FaultKind.WITHOUT_BUDGET, 3125, 1);
        assertThat(cases.exhaustive()).isTrue();
        assertThat(cases.cases()).hasSize(3125);
        assertThat(cases.cases().stream().map(DrillCase::faults).distinct()).hasSize(3125);
        assertThat(cases.cases().get(0).faults().values()).containsOnly(FaultKind.SUCCEEDED);
    }

    @Test
    void aboveTheBound_coveringArrayWithTheUniformEdgeCases_andSaysSo() {
        DrillCases cases = DrillCases.of(ROLES, FaultKind.WITHOUT_BUDGET, 100, 1);
        assertThat(cases.exhaustive()).isFalse();
        assertThat(cases.method()).contains("IPOG").contains("strength 2").contains("3125");
        for (FaultKind k : FaultKind.WITHOUT_BUDGET) {
            assertThat(cases.cases()).anySatisfy(c -> assertThat(c.faults().values()).containsOnly(k));
        }
        assertThat(cases.cases().get(0).faults().values()).containsOnly(FaultKind.SUCCEEDED);
        assertThat(cases.cases()).extracting(DrillCase::number).startsWith(1, 2, 3);
        assertThat(cases.cases().size()).isLessThan(100);
    }

    @Test
    void combinedKinds_leaveOutOverBudget_andTheMethodSaysWhy() {
        DrillCases covering = DrillCases.of(ROLES, FaultKind.WITHOUT_BUDGET, 100, 1);
        DrillCases exhaustive = DrillCases.of(List.of("a", "b"), FaultKind.WITHOUT_BUDGET, 100, 1);

        assertThat(FaultKind.WITHOUT_BUDGET).doesNotContain(FaultKind.OVER_BUDGET);
        assertThat(covering.cases()).noneMatch(c -> c.faults().containsValue(FaultKind.OVER_BUDGET));
        assertThat(covering.method()).contains("OVER_BUDGET is not combined").contains("budgetTokens=0");
        assertThat(exhaustive.method()).contains("OVER_BUDGET is not combined");
        assertThat(DrillCases.of(ROLES, List.of(FaultKind.SUCCEEDED, FaultKind.OVER_BUDGET), 100, 1).method())
                .doesNotContain("not combined");
    }

    @Test
    void boundBelowOne_isRefusedNamingTheOption() {
        assertThatThrownBy(() -> DrillCases.of(ROLES, FaultKind.WITHOUT_BUDGET, 0, 1))
                .hasMessageContaining("--max-cases").hasMessageContaining("0");
    }

    @Test
    void unknownFaultKind_namesTheParameterAndTheChoices() {
        assertThatThrownBy(() -> FaultKind.parse("fault.press", "EXPLODED"))
                .hasMessageContaining("fault.press").hasMessageContaining("TIMED_OUT").hasMessageContaining("EXPLODED");
        assertThat(FaultKind.parse("fault.press", "timed-out")).isEqualTo(FaultKind.TIMED_OUT);
    }
}
