package io.tributary.it.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.store.RiskRow;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second bundled job, release readiness, through the launcher as a child process on the
 * bundled minimist repository: five real agents in parallel, the policy, the synthesis and the
 * three report files; and a run whose licences agent fails retriably, stops for RETRY, and on
 * restart calls that agent alone again.
 */
class ReleaseReadinessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("tributary.samples", "../batch-jobs/samples"));
    private static final List<String> ROLES = List.of("licences", "dependencies", "tests", "activity", "duplication");

    @TempDir
    Path tmp;

    @Test
    void minimistSample_proceeds_exit0_withTheThreeReportFiles() throws Exception {
        Path home = tmp.resolve("home");
        Result run = LauncherProcess.run(home, false, "run", "release-readiness",
                "repo=" + SAMPLES.resolve("minimist"), "--json", "--quiet");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode summary = JSON.readTree(run.stdout());
        assertThat(summary.get("decision").get("outcome").asText()).isEqualTo("PROCEED");
        assertThat(summary.get("agents").findValuesAsText("agent")).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(summary.get("agents").findValuesAsText("status")).containsOnly("SUCCEEDED");
        List<Path> files = reportFiles(summary);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .anyMatch(f -> f.endsWith(".html")).anyMatch(f -> f.endsWith(".md")).anyMatch(f -> f.endsWith(".json"));
        files.forEach(f -> assertThat(f).isRegularFile().isNotEmptyFile());
        String markdown = Files.readString(files.stream().filter(f -> f.toString().endsWith(".md")).findFirst()
                .orElseThrow());
        assertThat(markdown).contains("Verdict: Ready with conditions").contains("Licensed under MIT")
                .contains("the last release, 1.2.8, is from 2023-02-09").contains("package.json");
        // one trace for the execution, printed in the report
        String trace = summary.get("traceId").asText();
        assertThat(trace).matches("[0-9a-f]{32}");
        assertThat(markdown).contains(trace);
        // the shared aggregate: the subject's risk register, one row per finding group, written under row locks
        try (ItRuntime it = ItRuntime.start(home)) {
            assertThat(it.runtime().store().riskRegister("npm:minimist"))
                    .extracting(RiskRow::group, RiskRow::findings).containsExactlyInAnyOrder(
                            tuple("licences", 2L), tuple("dependencies", 1L), tuple("tests", 2L),
                            tuple("activity", 2L), tuple("duplication", 1L));
        }
    }

    @Test
    void licencesFailingRetriably_stopsForRetry_exit4_andRestartCallsOnlyLicencesAgain() throws Exception {
        Path home = tmp.resolve("home");
        String[] approaches = ROLES.stream().map(r -> r + ".approach=" + (r.equals("licences")
                ? "recorded-unavailable" : "recorded")).toArray(String[]::new);
        Result first = LauncherProcess.run(home, true, args(new String[] {"run", "release-readiness",
                "repo=" + SAMPLES.resolve("minimist"), "retries=0", "--json", "--quiet"}, approaches));

        assertThat(first.exitCode()).as(first.stderr()).isEqualTo(4);
        JsonNode stopped = JSON.readTree(first.stdout());
        assertThat(stopped.get("decision").get("outcome").asText()).isEqualTo("RETRY");
        assertThat(stopped.get("decision").get("missingAgents").toString()).isEqualTo("[\"licences\"]");
        Path calls = RecordedAgents.log(home);
        ROLES.forEach(r -> assertThat(CallLog.count(calls, r)).as(r).isEqualTo(1));

        Result restart = LauncherProcess.run(home, true, "restart", stopped.get("executionId").asText(),
                "licences.approach=recorded", "--json", "--quiet");

        assertThat(restart.exitCode()).as(restart.stderr()).isZero();
        JsonNode done = JSON.readTree(restart.stdout());
        assertThat(done.get("decision").get("outcome").asText()).isEqualTo("PROCEED");
        assertThat(CallLog.count(calls, "licences")).isEqualTo(2);
        ROLES.stream().filter(r -> !r.equals("licences"))
                .forEach(r -> assertThat(CallLog.count(calls, r)).as(r + " is not called again").isEqualTo(1));
        assertThat(reportFiles(done)).hasSize(3);
    }

    private static List<Path> reportFiles(JsonNode summary) {
        return StreamSupport.stream(summary.get("report").get("files").spliterator(), false)
                .map(JsonNode::asText).map(Path::of).toList();
    }

    private static String[] args(String[] head, String[] tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
