package io.tributary.core.audit;

import static io.tributary.core.audit.FaultKind.FAILED_NON_RETRIABLE;
import static io.tributary.core.audit.FaultKind.FAILED_RETRIABLE;
import static io.tributary.core.audit.FaultKind.NO_EVIDENCE;
import static io.tributary.core.audit.FaultKind.SUCCEEDED;
import static io.tributary.core.audit.FaultKind.TIMED_OUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrillOracleTest {

    private static final DeclaredPolicy SHIPPED = DeclaredPolicy.of(Map.of("policy", "required",
            "required", "financials,regulatory", "minimum", "3", "maxRestarts", "3", "onUnmet", "escalate"));

    private static Map<String, FaultKind> faults(FaultKind... kinds) {
        String[] roles = {"financials", "press", "regulatory", "patents", "leadership"};
        Map<String, FaultKind> m = new LinkedHashMap<>();
        for (int i = 0; i < kinds.length; i++) {
            m.put(roles[i], kinds[i]);
        }
        return m;
    }

    @Test
    void everyRoleDelivers_proceedsWithExitZero() {
        Expectation e = new DrillOracle(SHIPPED).expect(faults(SUCCEEDED, SUCCEEDED, SUCCEEDED, SUCCEEDED, SUCCEEDED));
        assertThat(e).isEqualTo(Expectation.of("PROCEED", "COMPLETED", 0));
    }

    @Test
    void requiredAgentsAndMinimumDelivered_withOthersMissing_isDegraded() {
        Expectation e = new DrillOracle(SHIPPED).expect(faults(SUCCEEDED, TIMED_OUT, SUCCEEDED, SUCCEEDED,
                FAILED_NON_RETRIABLE));
        assertThat(e).isEqualTo(Expectation.of("DEGRADED", "COMPLETED", 3));
    }

    @Test
    void requiredAgentTimedOut_retries_andTheRestartCallsEveryFailedOrTimedOutAgent() {
        Expectation e = new DrillOracle(SHIPPED).expect(faults(TIMED_OUT, SUCCEEDED, SUCCEEDED, FAILED_NON_RETRIABLE,
                NO_EVIDENCE));
        assertThat(e.decision()).isEqualTo("RETRY");
        assertThat(e.exitCode()).isEqualTo(4);
        assertThat(e.recalled()).containsExactly("financials", "patents");
        assertThat(e.restarted()).isEqualTo("RETRY");
    }

    @Test
    void requiredAgentWithoutEvidence_neverRetries_andEscalates() {
        Expectation e = new DrillOracle(SHIPPED).expect(faults(NO_EVIDENCE, FAILED_RETRIABLE, SUCCEEDED, SUCCEEDED,
                SUCCEEDED));
        assertThat(e).isEqualTo(Expectation.of("ESCALATE", "STOPPED", 5));
    }

    @Test
    void unmetWithOnUnmetFail_failsWithExitOne() {
        DeclaredPolicy all = DeclaredPolicy.of(Map.of("policy", "all", "onUnmet", "fail"));
        Expectation e = new DrillOracle(all).expect(faults(SUCCEEDED, FAILED_NON_RETRIABLE));
        assertThat(e).isEqualTo(Expectation.of("FAIL", "FAILED", 1));
    }

    @Test
    void noRestartsLeft_goesToOnUnmetInsteadOfRetry() {
        DeclaredPolicy noRestarts = DeclaredPolicy.of(Map.of("policy", "all", "maxRestarts", "0"));
        Expectation e = new DrillOracle(noRestarts).expect(faults(SUCCEEDED, FAILED_RETRIABLE));
        assertThat(e).isEqualTo(Expectation.of("ESCALATE", "STOPPED", 5));
    }

    @Test
    void lastRestartAllowed_retriesOnce_thenEscalates() {
        DeclaredPolicy oneRestart = DeclaredPolicy.of(Map.of("policy", "quorum:2", "maxRestarts", "1"));
        Expectation e = new DrillOracle(oneRestart).expect(faults(SUCCEEDED, TIMED_OUT, NO_EVIDENCE));
        assertThat(e.decision()).isEqualTo("RETRY");
        assertThat(e.restarted()).isEqualTo("ESCALATE");
    }

    @Test
    void quorumCountsOnlyDeliveries() {
        DeclaredPolicy quorum = DeclaredPolicy.of(Map.of("policy", "quorum:2"));
        assertThat(new DrillOracle(quorum).expect(faults(SUCCEEDED, SUCCEEDED, NO_EVIDENCE)).decision())
                .isEqualTo("DEGRADED");
        assertThat(new DrillOracle(quorum).expect(faults(SUCCEEDED, NO_EVIDENCE, NO_EVIDENCE)).decision())
                .isEqualTo("ESCALATE");
    }

    @Test
    void bestEffort_needsOneDelivery() {
        DeclaredPolicy best = DeclaredPolicy.of(Map.of("policy", "best-effort"));
        assertThat(new DrillOracle(best).expect(faults(NO_EVIDENCE, SUCCEEDED, FAILED_NON_RETRIABLE)).decision())
                .isEqualTo("DEGRADED");
        assertThat(new DrillOracle(best).expect(faults(NO_EVIDENCE, FAILED_RETRIABLE)).decision())
                .isEqualTo("RETRY");
    }

    @Test
    void overBudgetAgent_countsAsItsOwnDelivery() {
        DeclaredPolicy all = DeclaredPolicy.of(Map.of("policy", "all", "budgetTokens", "100"));
        assertThat(new DrillOracle(all).expect(faults(SUCCEEDED, FaultKind.OVER_BUDGET)).decision())
                .isEqualTo("PROCEED");
    }

    @Test
    void requiredMinimumBelowTheRequiredAgents_isRaisedToThem() {
        DeclaredPolicy p = DeclaredPolicy.of(Map.of("policy", "required", "required", "a,b,c", "minimum", "1"));
        assertThat(p.minimum()).isEqualTo(3);
    }

    @Test
    void unknownPolicy_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> DeclaredPolicy.of(Map.of("policy", "most")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'most'");
        assertThatThrownBy(() -> DeclaredPolicy.of(Map.of("policy", "all", "onUnmet", "shrug")))
                .hasMessageContaining("onUnmet").hasMessageContaining("'shrug'");
        assertThatThrownBy(() -> DeclaredPolicy.of(Map.of("policy", "quorum:x")))
                .hasMessageContaining("'x'");
    }
}
