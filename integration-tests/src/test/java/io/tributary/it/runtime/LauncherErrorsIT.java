package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the launcher says when a run cannot go on: the sentence in {@code --json} ({@code error}) and
 * on standard error, no stack trace, and the exit code that says whose fault it is.
 */
class LauncherErrorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void emptyDossier_exits2_withTheSentenceInJsonAndOnStderr_withoutAStackTrace() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        Result r = LauncherProcess.run(tmp.resolve("home"), true, "run", "it-five", "dossier=" + empty, "--json");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        JsonNode json = JSON.readTree(r.stdout());
        assertThat(json.get("exitStatus").asText()).isEqualTo("INVALID_INPUT");
        assertThat(json.get("error").asText()).contains("target.json");
        assertThat(json.get("exitCode").asInt()).isEqualTo(2);
        assertThat(r.stderr()).contains("tributary: " + json.get("error").asText()).doesNotContain("\tat ");
    }

    @Test
    void badPolicy_statusFromAnotherProcess_stillCarriesTheSentence() throws Exception {
        Path home = tmp.resolve("home");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Policy, Inc.");
        Result r = LauncherProcess.run(home, true, "run", "it-five", dossier, "policy=quorum:9", "--json", "--quiet");
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);

        Result status = LauncherProcess.run(home, true, "status", "1", "--json");

        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(status.stdout()).get("error").asText()).contains("quorum");
    }

    @Test
    void reportDirOutOfTheHomeOrOnAFile_exits2AtIntake_beforeAnyAgentRuns() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path log = tmp.resolve("calls.log");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Report, Inc.");
        Files.writeString(home.resolve("taken"), "not a folder");

        Result onFile = LauncherProcess.run(home, true, "run", "it-five", dossier, "script.log=" + log,
                "reportDir=taken", "--json", "--quiet");
        Result escaping = LauncherProcess.run(home, true, "run", "it-five", dossier, "script.log=" + log,
                "reportDir=../../x", "--json", "--quiet");
        Result absolute = LauncherProcess.run(home, true, "run", "it-five", dossier, "script.log=" + log,
                "reportDir=" + tmp.resolve("elsewhere"), "--json", "--quiet");

        assertThat(onFile.exitCode()).as(onFile.stderr()).isEqualTo(2);
        assertThat(JSON.readTree(onFile.stdout()).get("error").asText()).contains("names an existing file");
        assertThat(escaping.exitCode()).as(escaping.stderr()).isEqualTo(2);
        assertThat(JSON.readTree(escaping.stdout()).get("error").asText()).contains("inside the work directory", "'../../x'");
        assertThat(absolute.exitCode()).as(absolute.stderr()).isEqualTo(2);
        assertThat(JSON.readTree(absolute.stdout()).get("error").asText()).contains("reports.outside.home=true");
        assertThat(CallLog.read(log)).isEmpty();
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void restartOfACompletedExecution_exits2_withASentence() throws Exception {
        Path home = tmp.resolve("home");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Done, Inc.");
        assertThat(LauncherProcess.run(home, true, "run", "it-five", dossier, "--quiet").exitCode()).isZero();

        Result again = LauncherProcess.run(home, true, "restart", "1", "--json", "--quiet");

        assertThat(again.exitCode()).as(again.stderr()).isEqualTo(2);
        assertThat(again.stderr()).contains("Execution 1 of it-five is COMPLETED", "nothing to restart")
                .doesNotContain("\tat ", "JobExecutionAlreadyCompleteException");
        assertThat(JSON.readTree(again.stdout()).get("error").asText()).contains("nothing to restart");
    }

    @Test
    void diskFullWhileWritingTheReport_exits1_withTheReasonAndNoPartialReport() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path reports = Files.createDirectories(home.resolve("reports"));
        assumeThat(mountTiny(reports)).as("a 16 KB tmpfs could be mounted (needs root)").isTrue();
        try {
            String dossier = "dossier=" + Path.of(System.getProperty("tributary.samples", "../batch-jobs/samples"))
                    .resolve("abvc").toAbsolutePath();

            Result r = LauncherProcess.run(home, false, "run", "due-diligence", dossier, "policy=best-effort",
                    "--json", "--quiet");

            assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
            JsonNode json = JSON.readTree(r.stdout());
            assertThat(json.get("batchStatus").asText()).isEqualTo("FAILED");
            assertThat(json.get("exitStatus").asText()).isEqualTo("REPORT_FAILED");
            assertThat(json.get("error").asText()).contains("Cannot write the report", "No space left on device");
            assertThat(json.has("report")).isFalse();
            assertThat(r.stderr()).contains("No space left on device");
            try (Stream<Path> left = Files.list(reports)) {
                assertThat(left).isEmpty();
            }
        } finally {
            new ProcessBuilder("umount", reports.toString()).inheritIO().start().waitFor();
        }
    }

    private static boolean mountTiny(Path dir) throws IOException, InterruptedException {
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        return mount.waitFor() == 0;
    }
}
