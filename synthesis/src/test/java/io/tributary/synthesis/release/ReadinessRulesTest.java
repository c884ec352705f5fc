package io.tributary.synthesis.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.StoredFinding;
import io.tributary.synthesis.release.internal.ReadinessRules;
import io.tributary.synthesis.release.internal.ReadinessRules.Inputs;
import io.tributary.synthesis.release.internal.ReadinessRules.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessRulesTest {

    private static final List<String> ROLES = List.of("licences", "dependencies", "tests", "activity", "duplication");
    private static final StoredFinding MIT = stored(1, "licences", "licences.declared", Polarity.POSITIVE, Severity.LOW);
    private static final StoredFinding TESTS = stored(2, "tests", "tests.present", Polarity.POSITIVE, Severity.LOW);
    private static final StoredFinding STALE = stored(3, "activity", "activity.stale", Polarity.NEGATIVE, Severity.MEDIUM);
    private static final StoredFinding NO_LICENCE = stored(4, "licences", "licences.missing", Polarity.NEGATIVE,
            Severity.HIGH);

    @Test
    void everythingDelivered_nothingAgainst_isReady_citingTheFindings() {
        Verdict verdict = ReadinessRules.decide(new Inputs(decision(Decision.PROCEED), ROLES, List.of(),
                List.of(MIT, TESTS), List.of()));
        assertThat(verdict.readiness()).isEqualTo(Readiness.READY);
        assertThat(verdict.reasons().get(0).findingIds()).containsExactly(1L, 2L);
        assertThat(verdict.followUps()).isEmpty();
        assertThat(verdict.confidence()).isEqualTo(0.9);
    }

    @Test
    void mediumFindingAgainst_isACondition_namedWithItsFinding() {
        Verdict verdict = ReadinessRules.decide(new Inputs(decision(Decision.PROCEED), ROLES, List.of(),
                List.of(MIT, STALE), List.of()));
        assertThat(verdict.readiness()).isEqualTo(Readiness.READY_WITH_CONDITIONS);
        assertThat(verdict.reasons().get(0).text()).contains("claim of activity.stale");
        assertThat(verdict.reasons().get(0).findingIds()).containsExactly(3L);
        assertThat(verdict.followUps()).singleElement().satisfies(f -> assertThat(f.findingIds()).containsExactly(3L));
    }

    @Test
    void highFindingAgainst_isNotReady() {
        Verdict verdict = ReadinessRules.decide(new Inputs(decision(Decision.PROCEED), ROLES, List.of(),
                List.of(NO_LICENCE, TESTS), List.of()));
        assertThat(verdict.readiness()).isEqualTo(Readiness.NOT_READY);
        assertThat(verdict.reasons()).anySatisfy(s -> assertThat(s.text()).startsWith("Blocks the release: claim of"
                + " licences.missing"));
    }

    @Test
    void degradedRun_withACheckMissing_isReadyWithConditions_andCapped() {
        Verdict verdict = ReadinessRules.decide(new Inputs(decision(Decision.DEGRADED), ROLES, List.of("duplication"),
                List.of(MIT, TESTS), List.of()));
        assertThat(verdict.readiness()).isEqualTo(Readiness.READY_WITH_CONDITIONS);
        assertThat(verdict.reasons().get(0).text()).contains("DEGRADED (missing duplication)")
                .contains("no evidence on duplication");
        assertThat(verdict.confidence()).isLessThanOrEqualTo(ReadinessRules.DEGRADED_CONFIDENCE_CAP);
    }

    @Test
    void runThatDidNotProceed_isNotReady_whateverItFound() {
        Verdict verdict = ReadinessRules.decide(new Inputs(decision(Decision.RETRY), ROLES, List.of(), List.of(MIT),
                List.of()));
        assertThat(verdict.readiness()).isEqualTo(Readiness.NOT_READY);
        assertThat(verdict.confidence()).isLessThanOrEqualTo(ReadinessRules.NOT_PROCEEDING_CONFIDENCE_CAP);
        assertThat(ReadinessRules.decide(new Inputs(null, ROLES, List.of(), List.of(MIT), List.of())).readiness())
                .isEqualTo(Readiness.NOT_READY);
    }

    private static PolicyDecision decision(Decision outcome) {
        return new PolicyDecision(outcome, "test", outcome == Decision.DEGRADED ? List.of("duplication") : List.of(),
                "all", List.of(), "", Instant.parse("2026-12-01T00:00:00Z"));
    }

    private static StoredFinding stored(long id, String agent, String topic, Polarity polarity, Severity severity) {
        Finding finding = new Finding(topic, agent, topic, "claim of " + topic, polarity, severity,
                0.9, List.of(new Evidence("f", "l", "q")), null, null);
        return new StoredFinding(id, agent, agent, "*", finding, 1, 1, "trace");
    }
}
