package io.tributary.api.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailurePolicyTest {

    @Test
    void zeroQuorumShouldFail() {
        assertThatThrownBy(() -> FailurePolicy.quorum(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy quorum must be at least 1, was 0");
    }

    @Test
    void requiredWithoutAgentsShouldFail() {
        assertThatThrownBy(() -> FailurePolicy.required(Set.of(), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one agent");
    }

    @Test
    void requiredMinimum_isNeverBelowTheRequiredAgents() {
        FailurePolicy.Required r = FailurePolicy.required(Set.of("b", "a", "c"), 1);
        assertThat(r.minimum()).isEqualTo(3);
        assertThat(r.needed(5)).isEqualTo(3);
        assertThat(r.agents()).containsExactly("a", "b", "c");
    }

    @Test
    void negativeSettingsShouldFail_namingTheValue() {
        assertThatThrownBy(() -> PolicySettings.custom().retries(-1).build())
                .hasMessage("retries must be 0 or more, was -1");
        assertThatThrownBy(() -> PolicySettings.custom().maxRestarts(-2).build())
                .hasMessage("maxRestarts must not be negative, was -2");
        assertThatThrownBy(() -> PolicySettings.custom().budgetTokens(-3).build())
                .hasMessage("budgetTokens must not be negative, was -3");
        assertThatThrownBy(() -> PolicySettings.custom().deadline(Duration.ZERO).build())
                .hasMessage("agentTimeout must be positive, was PT0S");
        assertThatThrownBy(() -> OnQuorum.cancelAfter(Duration.ofSeconds(-1)))
                .hasMessage("onQuorum grace period must not be negative, was PT-1S");
    }

    @Test
    void proceedAsWhatToDoWhenUnmetShouldFail() {
        assertThatThrownBy(() -> PolicySettings.custom().onUnmet(Decision.PROCEED).build())
                .hasMessage("onUnmet must be ESCALATE or FAIL, was PROCEED");
    }

    @Test
    void eachRule_saysHowManyMustDeliver() {
        assertThat(FailurePolicy.all().needed(5)).isEqualTo(5);
        assertThat(FailurePolicy.quorum(3).needed(5)).isEqualTo(3);
        assertThat(FailurePolicy.bestEffort().needed(5)).isEqualTo(1);
    }

    @Test
    void withSettings_keepsTheRule_andChangesOnlyTheSettings() {
        PolicySettings failing = PolicySettings.custom().onUnmet(Decision.FAIL).budgetTokens(100).build();
        FailurePolicy p = FailurePolicy.quorum(2).withSettings(failing);
        assertThat(p).isEqualTo(new FailurePolicy.Quorum(2, failing));
        assertThat(p.describe()).isEqualTo("quorum:2; onQuorum=wait; budgetTokens=100; maxRestarts=3; onUnmet=fail");
    }
}
