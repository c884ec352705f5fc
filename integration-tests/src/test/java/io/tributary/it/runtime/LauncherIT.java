package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as schedulers use it: a child process, its exit code and its JSON. */
class LauncherIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path home;
    String dossier;

    @BeforeEach
    void dossier() throws Exception {
        home = tmp.resolve("home");
        dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Launch, Inc.");
    }

    @Test
    void allAgentsDeliver_exits0_withJsonSummary() throws Exception {
        Result r = LauncherProcess.run(home, true, "run", "it-five", dossier, "--json", "--quiet");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode json = JSON.readTree(r.stdout());
        assertThat(json.get("job").asText()).isEqualTo("it-five");
        assertThat(json.get("batchStatus").asText()).isEqualTo("COMPLETED");
        assertThat(json.get("exitStatus").asText()).isEqualTo("PROCEED");
        assertThat(json.get("decision").get("outcome").asText()).isEqualTo("PROCEED");
        assertThat(json.get("decision").get("missingAgents")).isEmpty();
        assertThat(json.get("agents")).hasSize(5);
        assertThat(json.get("agents").findValuesAsText("status")).containsOnly("SUCCEEDED");
        assertThat(json.get("agents").get(0).has("startedAt")).isTrue();
        assertThat(json.get("executionId").asLong()).isPositive();
    }

    @Test
    void agentWithoutEvidence_underQuorum_exits3Degraded() throws Exception {
        Result r = LauncherProcess.run(home, true, "run", "it-five", dossier, "press.noEvidence=true",
                "policy=quorum:4", "--json", "--quiet");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(3);
        JsonNode json = JSON.readTree(r.stdout());
        assertThat(json.get("decision").get("outcome").asText()).isEqualTo("DEGRADED");
        assertThat(json.get("decision").get("missingAgents").get(0).asText()).isEqualTo("press");
    }

    @Test
    void policyCannotBeMet_withOnUnmetFail_exits1() throws Exception {
        Result r = LauncherProcess.run(home, true, "run", "it-five", dossier, "patents.fail=fatal",
                "policy=all", "onUnmet=fail", "--json", "--quiet");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(JSON.readTree(r.stdout()).get("batchStatus").asText()).isEqualTo("FAILED");
    }

    @Test
    void badInput_exits2_withAMessageNamingIt() throws Exception {
        Result noDossier = LauncherProcess.run(home, true, "run", "it-five", "--quiet");
        assertThat(noDossier.exitCode()).isEqualTo(2);

        Result missing = LauncherProcess.run(home, true, "run", "it-five", "dossier=" + tmp.resolve("nope"), "--quiet");
        assertThat(missing.exitCode()).isEqualTo(2);

        Result badPolicy = LauncherProcess.run(home, true, "run", "it-five", dossier, "policy=quorum:9", "--quiet");
        assertThat(badPolicy.exitCode()).isEqualTo(2);

        Result unknownJob = LauncherProcess.run(home, true, "run", "no-such-job", dossier);
        assertThat(unknownJob.exitCode()).isEqualTo(2);
        assertThat(unknownJob.stderr()).contains("no-such-job");

        Result malformed = LauncherProcess.run(home, true, "run", "it-five", "dossier");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.stderr()).contains("Job parameter 'dossier' must be written name=value");
    }

    @Test
    void retryStop_exits4_thenStatusAndRestartFromOtherProcesses() throws Exception {
        Result first = LauncherProcess.run(home, true, "run", "it-five", dossier, "patents.fail=retriable", "--json",
                "--quiet");
        assertThat(first.exitCode()).as(first.stderr()).isEqualTo(4);
        long id = JSON.readTree(first.stdout()).get("executionId").asLong();

        Result status = LauncherProcess.run(home, true, "status", String.valueOf(id), "--json");
        assertThat(status.exitCode()).as(status.stderr()).isEqualTo(4);
        JsonNode s = JSON.readTree(status.stdout());
        assertThat(s.get("batchStatus").asText()).isEqualTo("STOPPED");
        assertThat(s.get("decision").get("outcome").asText()).isEqualTo("RETRY");
        assertThat(s.get("orphaned").asBoolean()).isFalse();

        Result restart = LauncherProcess.run(home, true, "restart", String.valueOf(id), "patents.fail=", "--json",
                "--quiet");
        assertThat(restart.exitCode()).as(restart.stderr()).isZero();
        assertThat(JSON.readTree(restart.stdout()).get("decision").get("outcome").asText()).isEqualTo("PROCEED");
    }

    @Test
    void escalation_exits5_thenRestartWithReviewAccept_completesDegradedAndRecordsTheReviewer() throws Exception {
        Result first = LauncherProcess.run(home, true, "run", "it-five", dossier, "patents.fail=fatal", "--json",
                "--quiet");
        assertThat(first.exitCode()).as(first.stderr()).isEqualTo(5);
        long id = JSON.readTree(first.stdout()).get("executionId").asLong();

        Result accepted = LauncherProcess.run(home, true, "restart", String.valueOf(id), "review=accept",
                "reviewer=jane.doe", "reviewNote=patents not material to this deal", "--json", "--quiet");

        assertThat(accepted.exitCode()).as(accepted.stderr()).isEqualTo(3);
        JsonNode decision = JSON.readTree(accepted.stdout()).get("decision");
        assertThat(decision.get("outcome").asText()).isEqualTo("DEGRADED");
        assertThat(decision.get("reviewer").asText()).isEqualTo("jane.doe");
        assertThat(decision.get("reason").asText()).contains("jane.doe", "patents not material");
    }

    @Test
    void jobsJson_everyListedExampleRunsFromTheRepositoryRoot_andExits0or3() throws Exception {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        Result jobs = LauncherProcess.run(home, false, "jobs", "--json");
        assertThat(jobs.exitCode()).as(jobs.stderr()).isZero();
        JsonNode listed = JSON.readTree(jobs.stdout()).get("jobs");
        assertThat(listed).isNotEmpty();

        for (JsonNode job : listed) {
            List<String> args = new ArrayList<>(List.of("run"));
            job.get("example").forEach(a -> args.add(a.asText()));
            args.addAll(List.of("--json", "--quiet"));
            Result r = LauncherProcess.await(LauncherProcess.startIn(repository, home, false, Map.of(),
                    args.toArray(String[]::new)), 300);

            assertThat(r.exitCode()).as(job.get("name") + ": " + r.stderr()).isIn(0, 3);
            assertThat(JSON.readTree(r.stdout()).get("job").asText()).isEqualTo(job.get("name").asText());
        }
    }

    @Test
    void helpOnEveryCommand() throws Exception {
        for (String command : new String[] {"run", "restart", "status", "jobs", "executions", "recover", "plan"}) {
            Result r = LauncherProcess.run(home, false, command, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).contains("Usage:");
        }
    }
}
