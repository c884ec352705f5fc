package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job naming its own {@code PolicyEvaluator} bean ({@code it-custom-policy}, {@link MajorityPolicyEvaluator}). */
class CustomPolicyEvaluatorIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void evaluatorNamedByTheJob_decides_andItsDecisionIsStoredAndShownLikeABuiltInOne() throws Exception {
        // given a job whose policy is 'all' but whose evaluator only wants a majority, and a fatal agent
        Path home = tmp.resolve("home");
        Path reports = home.resolve("custom-reports");
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Majority, Inc.");

        // when the launcher runs it
        LauncherProcess.Result r = LauncherProcess.run(home, true, "run", "it-custom-policy", "dossier=" + dossier,
                "patents.script.fail=fatal", "reportDir=" + reports, "--json", "--quiet");

        // then the custom evaluator decided (the rules would have escalated), with the launcher's usual exit code
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(Decision.DEGRADED.exitCode());
        JsonNode decision = JSON.readTree(r.stdout()).get("decision");
        assertThat(decision.get("outcome").asText()).isEqualTo("DEGRADED");
        assertThat(decision.get("reason").asText()).isEqualTo("majority vote: 4 of 5 agents delivered; missing: patents");
        assertThat(decision.get("missingAgents").get(0).asText()).isEqualTo("patents");
        assertThat(decision.get("policy").asText()).startsWith("all; onQuorum=wait");

        // and the report shows it as any decision
        String report = Files.readString(reports.resolve("assessment.json"));
        assertThat(report).contains("\"outcome\" : \"DEGRADED\"", "majority vote: 4 of 5 agents delivered");
        assertThat(Files.readString(reports.resolve("assessment.md"))).contains("majority vote");

        // and it is stored in the decision table with its inputs
        long runId = JSON.readTree(r.stdout()).get("runId").asLong();
        try (ItRuntime it = ItRuntime.start(home)) {
            List<PolicyDecision> stored = it.runtime().store().decisions(runId);
            assertThat(stored).singleElement().satisfies(d -> {
                assertThat(d.outcome()).isEqualTo(Decision.DEGRADED);
                assertThat(d.reason()).startsWith("majority vote");
                assertThat(d.inputs()).hasSize(5);
            });
            assertThat(it.runtime().store().run(runId).orElseThrow().policy()).endsWith("policyEvaluator=it-majority");
        }
    }

    @Test
    void unknownEvaluatorName_isBadInputNamingIt_beforeAnyAgentRuns() throws Exception {
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Unknown, Inc.");

        LauncherProcess.Result r = LauncherProcess.run(tmp.resolve("home"), true, "run", "it-custom-policy",
                "dossier=" + dossier, "policyEvaluator=coin-toss", "--json", "--quiet");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        assertThat(r.stdout() + r.stderr()).contains("Job property 'policyEvaluator' names 'coin-toss'",
                "io.tributary.api.policy.PolicyEvaluator");
    }
}
