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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A launcher killed with {@code kill -9} while its agents run: {@code status} shows the execution
 * orphaned, {@code recover} marks it failed, {@code restart} finishes it, and afterwards every
 * agent has exactly one result and no agent that had committed was called again; items finished
 * in a chunk not yet committed are analysed again, once.
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
        // wait until the four quick agents have delivered (6 calls), then kill the process outright
        Process victim = runUntilCalls(home, log, dossier, "press.sleepMs=120000", "regulatory.items=3");
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

    /**
     * The items of a chunk that were finished but not yet committed when the process died are not
     * in the store, so the restart analyses them again, once; nothing is settled twice.
     */
    @Test
    void killedWithFinishedItemsInAnUncommittedChunk_restartAnalysesThemAgain_andSettlesEachOnce() throws Exception {
        Path home = tmp.resolve("home");
        Path log = tmp.resolve("calls.log");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Window, Inc.");
        // the four one-item agents and regulatory's item-1 and item-2 are done; item-3 waits, its chunk open
        Process victim = runUntilCalls(home, log, dossier, "regulatory.items=3",
                "regulatory.awaitFile=" + tmp.resolve("never"), "regulatory.awaitItem=item-3",
                "checkpointMillis=600000");
        JsonNode running = JSON.readTree(LauncherProcess.run(home, true, "status", "1", "--json").stdout());
        assertThat(agent(running, "regulatory").get("itemsDone").asInt()).as("nothing of the open chunk committed")
                .isZero();
        victim.destroyForcibly().waitFor();

        assertThat(LauncherProcess.run(home, true, "recover", "--json").exitCode()).isZero();
        Result restart = LauncherProcess.run(home, true, "restart", "1", "regulatory.awaitFile=", "--json",
                "--quiet");
        assertThat(restart.exitCode()).as(restart.stderr()).isZero();
        JsonNode done = JSON.readTree(restart.stdout());
        assertThat(done.get("decision").get("outcome").asText()).isEqualTo("PROCEED");
        assertThat(CallLog.read(log)).filteredOn(c -> c.agent().equals("regulatory")).extracting(CallLog.Call::item)
                .containsExactlyInAnyOrder("item-1", "item-2", "item-1", "item-2", "item-3");
        assertThat(CallLog.count(log, "press")).isEqualTo(1);
        JsonNode regulatory = agent(done, "regulatory");
        assertThat(regulatory.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(regulatory.get("itemsDone").asInt()).isEqualTo(3);
        assertThat(regulatory.get("findings").asInt()).isEqualTo(3);
    }

    /**
     * Starts {@code it-five} in a launcher process and returns once six agent calls are logged and
     * {@code status} from another process shows four agents succeeded: their results are committed.
     */
    private static Process runUntilCalls(Path home, Path log, String dossier, String... params) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "it-five", dossier, "script.log=" + log));
        args.addAll(List.of(params));
        args.add("--quiet");
        Process victim = LauncherProcess.start(home, true, Map.of(), args.toArray(String[]::new));
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (CallLog.read(log).size() < 6 && Instant.now().isBefore(limit) && victim.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(CallLog.read(log)).hasSize(6);
        while (succeeded(home) < 4 && Instant.now().isBefore(limit) && victim.isAlive()) {
            Thread.sleep(200);
        }
        assertThat(succeeded(home)).isEqualTo(4);
        return victim;
    }

    private static int succeeded(Path home) throws Exception {
        int n = 0;
        JsonNode status = JSON.readTree(LauncherProcess.run(home, true, "status", "1", "--json").stdout());
        for (JsonNode a : status.path("agents")) {
            n += a.get("status").asText().equals("SUCCEEDED") ? 1 : 0;
        }
        return n;
    }

    private static JsonNode agent(JsonNode summary, String role) {
        for (JsonNode a : summary.get("agents")) {
            if (a.get("agent").asText().equals(role)) {
                return a;
            }
        }
        throw new AssertionError("no agent " + role + " in " + summary);
    }
}
