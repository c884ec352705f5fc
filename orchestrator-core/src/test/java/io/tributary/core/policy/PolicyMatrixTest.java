package io.tributary.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.policy.ReviewContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fault injection over every combination of five agents succeeding or failing, for each policy.
 * The expected decision is written from the policy's specification (README and
 * {@link FailurePolicy}): all in -> PROCEED; rule met -> DEGRADED; rule not met -> RETRY if the
 * failures are retriable (they could still deliver) and restarts remain, else ESCALATE. Agents
 * without evidence never count and never cause RETRY. An agent that delivered but skipped a
 * source it was given counts toward the rule, yet keeps the run from PROCEED: all in with a
 * skipped source is DEGRADED.
 */
class PolicyMatrixTest {

    static final List<String> AGENTS = List.of("financials", "press", "regulatory", "patents", "leadership");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** Policy name -> how many successes, and which, satisfy it (the specification, in words). */
    static final Map<String, FailurePolicy> POLICIES = Map.of(
            "all", FailurePolicy.all(),
            "quorum:3", FailurePolicy.quorum(3),
            "required financials+regulatory, min 3", FailurePolicy.required(Set.of("financials", "regulatory"), 3),
            "best-effort", FailurePolicy.bestEffort());

    static boolean specMet(String policy, Set<String> ok) {
        return switch (policy) {
            case "all" -> ok.size() == 5;
            case "quorum:3" -> ok.size() >= 3;
            case "required financials+regulatory, min 3" ->
                    ok.contains("financials") && ok.contains("regulatory") && ok.size() >= 3;
            case "best-effort" -> !ok.isEmpty();
            default -> throw new IllegalArgumentException(policy);
        };
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String policy : POLICIES.keySet()) {
            for (AgentStatus failure : List.of(AgentStatus.FAILED, AgentStatus.TIMED_OUT, AgentStatus.NO_EVIDENCE)) {
                for (boolean retriable : List.of(true, false)) {
                    if (failure != AgentStatus.FAILED && !retriable) {
                        continue;
                    }
                    for (int mask = 0; mask < 32; mask++) {
                        cases.add(Arguments.of(policy, mask, failure, retriable, false));
                        cases.add(Arguments.of(policy, mask, failure, retriable, true));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, successes {1}, failures {2} retriable={3}, a source skipped={4}")
    @MethodSource("matrix")
    void decisionFollowsTheSpecification(String policy, int mask, AgentStatus failure, boolean retriable,
            boolean skipsSource) {
        Set<String> ok = new java.util.TreeSet<>();
        List<AgentOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            boolean success = (mask & (1 << i)) != 0;
            String agent = AGENTS.get(i);
            if (success) {
                ok.add(agent);
            }
            AgentStatus status = success ? AgentStatus.SUCCEEDED : failure;
            boolean canRetry = !success && failure != AgentStatus.NO_EVIDENCE && retriable;
            List<SourceProblem> problems = success && skipsSource && ok.size() == 1
                    ? List.of(new SourceProblem(agent + "/big.json", "file is too large")) : List.of();
            outcomes.add(new AgentOutcome(agent, agent, status, success ? 1 : 0, 1, success ? 1 : 0, 1, null, null,
                    Usage.NONE, 0, success ? "" : "injected", canRetry, "", problems));
        }

        PolicyDecision decision = new RulePolicyEvaluator(CLOCK).decide(POLICIES.get(policy), outcomes,
                ReviewContext.none(0));

        Decision expected;
        if (ok.size() == 5) {
            expected = skipsSource ? Decision.DEGRADED : Decision.PROCEED;
        } else if (specMet(policy, ok)) {
            expected = Decision.DEGRADED;
        } else if (failure != AgentStatus.NO_EVIDENCE && (retriable || failure == AgentStatus.TIMED_OUT)) {
            expected = Decision.RETRY;
        } else {
            expected = Decision.ESCALATE;
        }
        assertThat(decision.outcome()).as(decision.reason()).isEqualTo(expected);
        assertThat(decision.missingAgents()).hasSize(5 - ok.size());
        assertThat(decision.inputs()).isEqualTo(outcomes);
        if (skipsSource && specMet(policy, ok) && !ok.isEmpty()) {
            assertThat(decision.reason())
                    .contains(firstSuccess(mask) + " skipped 1 source(s) (" + firstSuccess(mask) + "/big.json: file is too large)");
        }
    }

    private static String firstSuccess(int mask) {
        return AGENTS.get(Integer.numberOfTrailingZeros(mask));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void retriableFailures_afterTheRestartLimit_escalateInsteadOfRetrying(String policy) {
        List<AgentOutcome> outcomes = new ArrayList<>();
        for (String agent : AGENTS) {
            outcomes.add(new AgentOutcome(agent, agent, AgentStatus.FAILED, 0, 1, 0, 1, null, null, Usage.NONE, 0,
                    "injected", true, ""));
        }
        FailurePolicy p = POLICIES.get(policy);
        PolicyDecision d = new RulePolicyEvaluator(CLOCK).decide(p, outcomes, ReviewContext.none(p.settings().maxRestarts()));
        assertThat(d.outcome()).isEqualTo(Decision.ESCALATE);
        assertThat(d.reason()).contains("restart limit");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void unmetPolicyWithOnUnmetFail_fails(String policy) {
        List<AgentOutcome> outcomes = new ArrayList<>();
        for (String agent : AGENTS) {
            outcomes.add(new AgentOutcome(agent, agent, AgentStatus.NO_EVIDENCE, 0, 1, 1, 1, null, null, Usage.NONE, 0,
                    "", false, ""));
        }
        FailurePolicy p = POLICIES.get(policy);
        p = p.withSettings(p.settings().toBuilder().onUnmet(Decision.FAIL).build());
        assertThat(new RulePolicyEvaluator(CLOCK).decide(p, outcomes, ReviewContext.none(0)).outcome())
                .isEqualTo(Decision.FAIL);
    }

    static Stream<String> policies() {
        return POLICIES.keySet().stream();
    }
}
