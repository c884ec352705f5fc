package io.tributary.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A launcher killed with {@code kill -9} while its agents run: {@code status} shows the execution
 * orphaned, {@code recover} marks it failed, {@code restart} finishes it, and afterwards every
 * agent has exactly one result and no agent that had committed was called again.
 */
class CrashRecoveryIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void killedMidRun_isRecoveredAndRestarted_withoutDuplicatesOrRepeatedCalls() throws Exception {
        Path home = tmp.resolve("home");
        Path log = tmp.resolve("calls.log");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Crash, Inc.");
        Process victim = LauncherProcess.start(home, true, Map.of(), "run", "it-five", dossier,
                "script.log=" + log, "press.sleepMs=120000", "regulatory.items=3", "--quiet");

        // wait until the four quick agents have delivered (6 calls), then kill the process outright
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (CallLog.read(log).size() < 6 && Instant.now().isBefore(limit) && victim.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(CallLog.read(log)).hasSize(6);
        Thread.sleep(1500); // let the last commit and conclusion land
        victim.destroyForcibly().waitFor();

        Result status = LauncherProcess.run(home, true, "status", "1", "--json");
        JsonNode s = JSON.readTree(status.stdout());
        assertThat(s.get("batchStatus").asText()).as(status.stderr()).isEqualTo("STARTED");
        assertThat(s.get("orphaned").asBoolean()).isTrue();
        assertThat(status.exitCode()).isEqualTo(1);

        Result restartRefused = LauncherProcess.run(home, true, "restart", "1", "--quiet");
        assertThat(restartRefused.exitCode()).isEqualTo(2);
        assertThat(restartRefused.stderr()).contains("orphaned", "recover");

        Result recover = LauncherProcess.run(home, true, "recover", "--json");
        assertThat(recover.exitCode()).as(recover.stderr()).isZero();
        assertThat(JSON.readTree(recover.stdout()).get("recovered").get(0).get("executionId").asLong()).isEqualTo(1);

        Result restart = LauncherProcess.run(home, true, "restart", "1", "press.sleepMs=0", "--json", "--quiet");
        assertThat(restart.exitCode()).as(restart.stderr()).isZero();
        JsonNode done = JSON.readTree(restart.stdout());
        assertThat(done.get("decision").get("outcome").asText()).isEqualTo("PROCEED");

        // every agent called once for each item, press once more after the crash; one result each
        assertThat(CallLog.count(log, "financials")).isEqualTo(1);
        assertThat(CallLog.count(log, "regulatory")).isEqualTo(3);
        assertThat(CallLog.count(log, "patents")).isEqualTo(1);
        assertThat(CallLog.count(log, "leadership")).isEqualTo(1);
        assertThat(CallLog.count(log, "press")).isEqualTo(1);
        int findings = 0;
        for (JsonNode a : done.get("agents")) {
            assertThat(a.get("status").asText()).isEqualTo("SUCCEEDED");
            findings += a.get("findings").asInt();
        }
        assertThat(findings).isEqualTo(7);
    }
}
