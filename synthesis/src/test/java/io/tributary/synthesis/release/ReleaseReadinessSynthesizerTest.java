package io.tributary.synthesis.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Evidence;
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
import io.tributary.api.synthesis.Provenance;
import io.tributary.api.synthesis.Synthesis;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The release-readiness synthesis on stored runs: verdict, reasons, follow-ups and provenance. */
class ReleaseReadinessSynthesizerTest {

    private static final List<String> ROLES = List.of("licences", "dependencies", "tests", "activity", "duplication");
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private final List<StoredFinding> findings = new ArrayList<>();

    @Test
    void degradedRun_withoutDuplication_isReadyWithConditions_andNamesTheMissingCheck() {
        add("licences", "licences.declared", Polarity.POSITIVE, Severity.LOW, "Licensed under MIT");
        add("tests", "tests.present", Polarity.POSITIVE, Severity.LOW, "15 test files");
        Synthesis synthesis = new ReleaseReadinessSynthesizer().synthesise(run(Decision.DEGRADED, "duplication"));

        assertThat(synthesis.verdict()).isEqualTo(Readiness.READY_WITH_CONDITIONS.name());
        assertThat(synthesis.summary()).contains("DEGRADED (missing duplication)").contains("no evidence on duplication");
        assertThat(synthesis.followUps()).anySatisfy(f -> assertThat(f.action()).contains("Check duplication by hand"));
        assertThat(synthesis.provenance()).extracting(Provenance::findingId).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void missingLicence_isNotReady_andItsEvidenceIsInTheProvenance() {
        add("licences", "licences.missing", Polarity.NEGATIVE, Severity.HIGH, "No licence");
        add("tests", "tests.present", Polarity.POSITIVE, Severity.LOW, "15 test files");
        Synthesis synthesis = new ReleaseReadinessSynthesizer().synthesise(run(Decision.PROCEED));

        assertThat(synthesis.verdict()).isEqualTo(Readiness.NOT_READY.name());
        assertThat(synthesis.reasons().get(0).findingIds()).containsExactly(1L);
        assertThat(synthesis.provenanceOf(1L)).hasValueSatisfying(p ->
                assertThat(p.toString()).contains("licences").contains("LICENSE"));
    }

    private void add(String agent, String topic, Polarity polarity, Severity severity, String claim) {
        Finding finding = new Finding(topic, agent, topic, claim, polarity, severity, 0.9,
                List.of(new Evidence(agent.equals("licences") ? "LICENSE" : "test/a.js", "whole file", "")), null, null);
        findings.add(new StoredFinding(findings.size() + 1, agent, agent, "*", finding, 1, 10 + findings.size(), "t"));
    }

    private RunSnapshot run(Decision decision, String... missing) {
        List<AgentOutcome> outcomes = ROLES.stream().map(role -> new AgentOutcome(role, role,
                List.of(missing).contains(role) ? AgentStatus.NO_EVIDENCE : AgentStatus.SUCCEEDED, 1, 1, 1, 1, T0,
                T0.plusSeconds(1), Usage.NONE, 0.0, "", false, "t")).toList();
        PolicyDecision policy = new PolicyDecision(decision, "test", List.of(missing), "required", outcomes, "", T0);
        return new RunSnapshot(1, 1, "release-readiness", Subject.of("npm:x", "x 1.0.0"),
                new AgentInput.Directory(Path.of("/repo")), ROLES, List.of(FindingGroup.of("licences")), policy,
                outcomes, findings, "t", List.of());
    }
}
