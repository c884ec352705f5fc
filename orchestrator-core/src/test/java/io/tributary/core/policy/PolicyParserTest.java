package io.tributary.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.api.policy.OnQuorum;
import io.tributary.api.policy.PolicySettings;
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
        assertThat(p).isInstanceOfSatisfying(FailurePolicy.Quorum.class, q -> assertThat(q.quorum()).isEqualTo(3));
        assertThat(p.settings().onQuorum()).isEqualTo(OnQuorum.cancelAfter(Duration.ofSeconds(10)));
        assertThat(p.settings().budgetTokens()).isEqualTo(200_000);
        assertThat(p.settings().onUnmet()).isEqualTo(Decision.FAIL);
    }

    @Test
    void requiredSet_withMinimum_isParsed() {
        FailurePolicy p = PolicyParser.parse(Map.of("policy", "required", "required", "financials, regulatory",
                "minimum", "3"), AGENTS);
        assertThat(p).isInstanceOfSatisfying(FailurePolicy.Required.class, r -> {
            assertThat(r.agents()).containsExactly("financials", "regulatory");
            assertThat(r.minimum()).isEqualTo(3);
        });
    }

    @Test
    void quorumWithARequiredSet_becomesTheRequiredRule() {
        FailurePolicy p = PolicyParser.parse(Map.of("policy", "quorum:4", "required", "press"), AGENTS);
        assertThat(p).isEqualTo(new FailurePolicy.Required(java.util.Set.of("press"), 4, p.settings()));
    }

    @Test
    void deadlineRetriesAndBackoff_areSharedSettings_withDefaults() {
        FailurePolicy given = PolicyParser.parse(Map.of("agentTimeout", "PT2M", "retries", "0", "backoff", "PT1S"),
                AGENTS);
        assertThat(given.settings()).extracting(PolicySettings::deadline, PolicySettings::retries,
                PolicySettings::backoff).containsExactly(Duration.ofMinutes(2), 0, Duration.ofSeconds(1));
        assertThat(PolicyParser.parse(Map.of(), AGENTS).settings()).isEqualTo(PolicySettings.ofDefaults());
    }

    @Test
    void unknownPolicy_failsNamingIt() {
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "most"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Unknown policy 'most'");
    }

    @Test
    void quorumOfZeroOrLess_isRefused_evenWithRequiredAgents() {
        for (String policy : java.util.List.of("quorum:0", "quorum:-1")) {
            assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", policy, "required", "financials"), AGENTS))
                    .isInstanceOf(io.tributary.api.InvalidInputException.class)
                    .hasMessage("policy '" + policy + "': the quorum must be at least 1, was " + policy.substring(7));
        }
    }

    @Test
    void quorumLargerThanTheJob_fails() {
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "quorum:6"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quorum:6").hasMessageContaining("5");
    }

    @Test
    void zeroQuorum_failsNamingTheValue() {
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "quorum:0"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quorum must be at least 1, was 0");
    }

    @Test
    void requiredAgentNotInTheJob_fails() {
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "required", "required", "financials,weather"),
                AGENTS)).isInstanceOf(InvalidInputException.class).hasMessageContaining("weather");
    }

    @Test
    void negativeGrace_andBadNumbers_fail() {
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("onQuorum", "cancel-after:-PT1S"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("grace period");
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("budgetTokens", "-5"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("budgetTokens");
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("policy", "quorum:x"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quorum");
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("onUnmet", "panic"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("onUnmet");
        assertThatThrownBy(() -> PolicyParser.parse(Map.of("agentTimeout", "PT0S"), AGENTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("agentTimeout must be positive");
    }

    @Test
    void textualForm_roundTripsTheEssentials() {
        FailurePolicy p = PolicyParser.parse(Map.of("policy", "quorum:2"), AGENTS);
        assertThat(p.describe()).isEqualTo("quorum:2; onQuorum=wait; maxRestarts=3; onUnmet=escalate");
        assertThat(PolicyParser.parse(Map.of("policy", "required", "required", "regulatory,financials",
                "minimum", "3", "onQuorum", "cancel-after:PT5S", "budgetTokens", "10"), AGENTS).describe())
                .isEqualTo("required:financials+regulatory,min:3; onQuorum=cancel-after:PT5S; budgetTokens=10;"
                        + " maxRestarts=3; onUnmet=escalate");
    }
}
