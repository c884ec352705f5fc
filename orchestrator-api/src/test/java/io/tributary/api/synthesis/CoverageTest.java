package io.tributary.api.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.FindingGroup;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.run.Subject;
import io.tributary.api.synthesis.Coverage.RoleStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final Instant T0 = Instant.parse("2025-05-01T09:00:00Z");

    @Test
    void everyDeclaredRole_isCovered_inJobOrder_andOneWithoutOutcomeDidNotDeliver() {
        var run = run(List.of("licences", "tests", "history"), List.of(outcome("tests", AgentStatus.SUCCEEDED),
                outcome("licences", AgentStatus.NO_EVIDENCE)), List.of());

        var coverage = Coverage.of(run);

        assertThat(coverage.statuses()).extracting(RoleStatus::agent).containsExactly("licences", "tests", "history");
        assertThat(coverage.withoutEvidence()).extracting(RoleStatus::agent).containsExactly("licences", "history");
        assertThat(coverage.status("history").orElseThrow().explanation())
                .isEqualTo("agent history recorded no outcome in this run");
        assertThat(coverage.status("licences").orElseThrow().explanation())
                .isEqualTo("agent licences ended NO_EVIDENCE");
    }

    @Test
    void aRoleTheJobDoesNotDeclare_isStillCovered_neverIgnored() {
        var run = run(List.of("tests"), List.of(outcome("tests", AgentStatus.SUCCEEDED),
                outcome("extra", AgentStatus.FAILED)), List.of());

        assertThat(Coverage.of(run, List.of("expected")).statuses()).extracting(RoleStatus::agent)
                .containsExactly("expected", "tests", "extra");
        assertThat(Coverage.of(run).withoutEvidence()).extracting(RoleStatus::agent).containsExactly("extra");
    }

    @Test
    void groupsInUse_areTheDeclaredOnesThenAnyOtherAFindingUses() {
        var finding = Finding.of("k", "dependencies", "deps.count", "12 dependencies", Polarity.NEUTRAL,
                Severity.LOW, 0.9, List.of());
        var run = run(List.of("deps"), List.of(), List.of(new StoredFinding(1, "deps", "deps", "*", finding, 1, 1, "")));

        assertThat(run.groupsInUse()).containsExactly(new FindingGroup("licences", "Licences"),
                FindingGroup.of("dependencies"));
        assertThat(run.groupTitle("licences")).isEqualTo("Licences");
        assertThat(run.groupTitle("dependencies")).isEqualTo("dependencies");
    }

    private static RunSnapshot run(List<String> agents, List<AgentOutcome> outcomes, List<StoredFinding> findings) {
        var decision = new PolicyDecision(Decision.DEGRADED, "quorum met", List.of(), "quorum(1 of 3)", outcomes, "",
                T0);
        return new RunSnapshot(3, 4, "release-readiness", Subject.of("repo", "A repository"),
                new AgentInput.Directory(Path.of("/repos/a")), agents, List.of(new FindingGroup("licences", "Licences")),
                decision, outcomes, findings, "", List.of());
    }

    private static AgentOutcome outcome(String agent, AgentStatus status) {
        return new AgentOutcome(agent, agent, status, 0, 1, 1, 1, T0, T0.plusSeconds(1), Usage.NONE, 0, "", false, "");
    }
}
