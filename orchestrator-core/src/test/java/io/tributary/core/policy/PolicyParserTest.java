package io.tributary.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.FailurePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyParserTest {

    static final List<String> AGENTS = List.of("financials", "press", "regulatory", "patents", "leadership");

    @Test
    void quorumWithStragglerCancellationAndBudget_isParsed() {
        FailurePolicy p = PolicyParser.parse(Map.of("policy", "quorum:3", "onQuorum", "cancel-after:PT10S",
                "budgetTokens", "200000", "onUnmet", "fail"), AGENTS);
        assertThat(p.kind()).isEqualTo(FailurePolicy.Kind.QUORUM);
        assertThat(p.quorum()).isEqualTo(3);
        assertThat(p.onQuorum()).isEqualTo(FailurePolicy.Stragglers.CANCEL_AFTER);
        assertThat(p.grace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.budgetTokens()).isEqualTo(200_000);
        assertThat(p.onUnmet()).isEqualTo(Decision.FAIL);
    }

    @Test
    void requiredSet_withMinimum_isParsed() {
        FailurePolicy p = PolicyParser.parse(Map.of("policy", "required", "required", "financials, regulatory",
                "minimum", "3"), AGENTS);
        assertThat(p.required()).containsExactlyInAnyOrder("financials", "regulatory");
        assertThat(p.minimum()).isEqualTo(3);
    }

    @Test
    void unknownPolicy_failsNamingIt() {
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "most"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Unknown policy 'most'");
    }

    @Test
    void quorumLargerThanTheJob_fails() {
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "quorum:6"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quorum:6").hasMessageContaining("5");
    }

    @Test
    void requiredAgentNotInTheJob_fails() {
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "required", "required", "financials,weather"),
                AGENTS)).isInstanceOf(InvalidInputException.class).hasMessageContaining("weather");
    }

    @Test
    void negativeGrace_andBadNumbers_fail() {
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("onQuorum", "cancel-after:-PT1S"), AGENTS))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("budgetTokens", "-5"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("budgetTokens");
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "quorum:x"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quorum");
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("onUnmet", "panic"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("onUnmet");
    }

    @Test
    void textualForm_roundTripsTheEssentials() {
        FailurePolicy p = PolicyParser.parse(Map.of("policy", "quorum:2"), AGENTS);
        assertThat(p.toString()).startsWith("quorum:2").contains("onQuorum=wait");
    }
}
