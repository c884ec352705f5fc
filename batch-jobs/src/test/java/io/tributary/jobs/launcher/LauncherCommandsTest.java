package io.tributary.jobs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.api.policy.Decision;
import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's commands that need no runtime, and the checks that fail before one starts. */
class LauncherCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void jobsJson_listsEveryJobWithItsDescriptionAndExample() throws Exception {
        CliRun run = CliRun.of("jobs", "--json");

        assertThat(run.code()).isZero();
        JsonNode jobs = Launcher.json().readTree(run.out()).get("jobs");
        JsonNode dueDiligence = jobs.get(0);
        assertThat(dueDiligence.get("name").asText()).isEqualTo("due-diligence");
        assertThat(dueDiligence.get("description").asText()).startsWith("Acquisition due diligence").doesNotContain("\n");
        assertThat(dueDiligence.get("example").toString()).isEqualTo("[\"due-diligence\",\"dossier=batch-jobs/samples/tesla\"]");
    }

    @Test
    void everyExample_namesASampleThatShipsWithTheRepository() throws Exception {
        JsonNode jobs = Launcher.json().readTree(CliRun.of("jobs", "--json").out()).get("jobs");
        Path repository = Path.of("..").toAbsolutePath().normalize();

        for (JsonNode job : jobs) {
            for (JsonNode argument : job.get("example")) {
                String[] pair = argument.asText().split("=", 2);
                if (pair.length == 2 && pair[1].startsWith("batch-jobs/")) {
                    assertThat(repository.resolve(pair[1])).as(job.get("name").asText()).exists();
                }
            }
        }
    }

    @Test
    void jobsText_givesOneLinePerJobAndARunToTry() {
        CliRun run = CliRun.of("jobs");

        assertThat(run.out()).containsPattern("due-diligence +Acquisition due diligence")
                .contains("e.g. tributary run due-diligence dossier=batch-jobs/samples/tesla");
    }

    @Test
    void unknownJob_failsBeforeAnythingStarts_naming_theKnownJobs() {
        Path home = tmp.resolve("home");

        CliRun run = CliRun.of("run", "no-such-job", "dossier=x", "--home", home.toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("No job named 'no-such-job'; known jobs: due-diligence").doesNotContain("\tat ");
        assertThat(home).doesNotExist();
    }

    @Test
    void malformedParameter_isBadUsage_withJsonError() throws Exception {
        CliRun run = CliRun.of("run", "due-diligence", "dossier", "--json", "--home", tmp.resolve("home").toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("Job parameter 'dossier' must be written name=value").doesNotContain("\tat ");
        JsonNode json = Launcher.json().readTree(run.out());
        assertThat(json.get("exitCode").asInt()).isEqualTo(2);
        assertThat(json.get("error").asText()).contains("dossier");
        assertThat(tmp.resolve("home")).doesNotExist();
    }

    @Test
    void jsonOutput_isAsciiWithEscapes_soNoLocaleCanMangleANameOutsideAscii() throws Exception {
        CliRun run = CliRun.of("run", "soci\u00e9t\u00e9-\u2019s-job", "dossier=x", "--json", "--home",
                tmp.resolve("home").toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.out()).matches("\\p{ASCII}*").contains("soci\\u00E9t\\u00E9-\\u2019s-job");
        assertThat(Launcher.json().readTree(run.out()).get("error").asText()).contains("soci\u00e9t\u00e9-\u2019s-job");
    }

    @Test
    void unknownJob_withJson_printsTheSentenceAsError() throws Exception {
        CliRun run = CliRun.of("run", "nope", "--json", "--home", tmp.resolve("home").toString());

        JsonNode json = Launcher.json().readTree(run.out());
        assertThat(json.get("error").asText()).startsWith("No job named 'nope'");
        assertThat(json.get("exitCode").asInt()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void help_listsEveryExitCodeFromTheOneList() {
        CliRun run = CliRun.of("run", "--help");

        assertThat(run.code()).isZero();
        for (ExitCode code : ExitCode.values()) {
            assertThat(run.out()).contains(code.code() + ":").contains(code.meaning().substring(0, 20));
        }
    }

    @Test
    void exitCodes_areDistinct() {
        assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code)).doesNotHaveDuplicates();
    }

    @Test
    void stoppedWithoutADecisionOfItsOwn_isStoppedOnRequest_notRetry() {
        assertThat(ExitCode.of(BatchStatus.STOPPED, "STOPPED", Optional.empty())).isEqualTo(ExitCode.STOPPED);
        assertThat(ExitCode.of(BatchStatus.STOPPED, "RETRY", Optional.of(Decision.RETRY))).isEqualTo(ExitCode.RETRY);
        assertThat(ExitCode.of(BatchStatus.STOPPED, "ESCALATE", Optional.of(Decision.ESCALATE)))
                .isEqualTo(ExitCode.ESCALATE);
    }

    @Test
    void invalidInputExitStatus_isBadInput_andAFailedReportIsAFailure() {
        assertThat(ExitCode.of(BatchStatus.FAILED, "INVALID_INPUT", Optional.empty())).isEqualTo(ExitCode.USAGE);
        assertThat(ExitCode.of(BatchStatus.FAILED, "REPORT_FAILED", Optional.of(Decision.PROCEED)))
                .isEqualTo(ExitCode.FAILED);
        assertThat(ExitCode.of(BatchStatus.COMPLETED, "DEGRADED", Optional.of(Decision.DEGRADED)))
                .isEqualTo(ExitCode.DEGRADED);
    }

    @Test
    void recoverStale_takesShortDurations() {
        CliRun run = CliRun.of("recover", "--stale", "later", "--home", tmp.toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--stale", "not 'later'");
        assertThat(Files.exists(tmp.resolve("db"))).isFalse();
    }
}
