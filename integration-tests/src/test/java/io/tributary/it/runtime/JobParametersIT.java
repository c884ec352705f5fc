package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job parameters as a scheduler passes them to the launcher: a typo, a value out of range or too
 * long is refused at intake (exit 2, with a sentence naming it) before any agent runs, and the
 * documented parameters take effect.
 */
class JobParametersIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void unknownOrInvalidParameters_exit2_withASentenceNamingThem_beforeAnyAgentRuns() throws Exception {
        Path home = tmp.resolve("home");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Params, Inc.");
        Path log = tmp.resolve("calls.log");

        Result typo = LauncherProcess.run(home, true, "run", "it-five", dossier, "polcy=all", "script.log=" + log);
        assertThat(typo.exitCode()).as(typo.stderr()).isEqualTo(2);
        assertThat(typo.stderr()).contains("Unknown job parameter polcy for job 'it-five'; it knows ")
                .contains("policy").contains("unknownParameters=allow");

        for (String quorum : new String[] {"quorum:0", "quorum:-1"}) {
            Result bad = LauncherProcess.run(home, true, "run", "it-five", dossier, "policy=" + quorum);
            assertThat(bad.exitCode()).as(bad.stderr()).isEqualTo(2);
            assertThat(bad.stderr()).contains("policy '" + quorum + "': the quorum must be at least 1, was ");
        }

        Result timeout = LauncherProcess.run(home, true, "run", "it-five", dossier, "agentTimeout=-PT1S",
                "retries=many");
        assertThat(timeout.exitCode()).as(timeout.stderr()).isEqualTo(2);
        assertThat(timeout.stderr()).contains("agentTimeout must be a positive duration, was '-PT1S'")
                .contains("retries must be a whole number of at least 0, was 'many'");
        assertThat(Files.exists(log)).as("no agent was called").isFalse();
    }

    @Test
    void parameterTooLongToStore_exits2_withASentence_andNoStackTrace() throws Exception {
        Path home = tmp.resolve("home");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Long, Inc.");

        Result r = LauncherProcess.run(home, true, "run", "it-five", dossier, "reviewNote=" + "n".repeat(100_000));

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        assertThat(r.stderr()).contains("the longest is 'reviewNote' (100000 characters)").doesNotContain("\tat ");
    }

    @Test
    void targetNameLongerThanTheStoreKeeps_exits2_atIntake() throws Exception {
        Path home = tmp.resolve("home");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "N".repeat(201));

        Result r = LauncherProcess.run(home, true, "run", "it-five", dossier, "--json");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        assertThat(r.stderr()).contains("\"name\" is 201 characters long, longer than the limit of 200");
    }

    @Test
    void documentedApproachParameter_ofAPartitionedRole_takesEffect() throws Exception {
        Path home = tmp.resolve("home");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Approach, Inc.");

        Result r = LauncherProcess.run(home, false, "run", "due-diligence", dossier, "regulatory.approach=llm",
                "--json", "--quiet");

        JsonNode json = JSON.readTree(r.stdout());
        assertThat(json.get("agents")).anySatisfy(a -> {
            assertThat(a.get("agent").asText()).isEqualTo("regulatory");
            assertThat(a.get("approach").asText()).isEqualTo("llm");
        });
    }
}
