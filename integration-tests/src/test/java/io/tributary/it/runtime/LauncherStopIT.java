package io.tributary.it.runtime;

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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code kill} (SIGTERM) of a launcher mid-run: the execution stops through
 * {@code JobOperator.stop}, committed work stands, the process exits 7 without stack traces, and
 * {@code restart} (no {@code recover}) finishes it without calling committed agents or items again.
 */
class LauncherStopIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void sigtermMidRun_stopsGracefully_exits7_andRestartFinishesWithoutRepeatingCommittedWork() throws Exception {
        Path home = tmp.resolve("home");
        Path log = tmp.resolve("calls.log");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Stop, Inc.");
        Process run = LauncherProcess.start(home, true, Map.of(), "run", "it-five", dossier, "script.log=" + log,
                "press.items=8", "press.sleepMs=1000", "--json");

        // the four quick agents and two press items are in: then SIGTERM, as a scheduler sends it
        awaitCalls(log, 6, run);
        run.destroy();
        Result stopped = LauncherProcess.await(run, 90);

        assertThat(stopped.exitCode()).as(stopped.stderr()).isEqualTo(7);
        JsonNode summary = JSON.readTree(stopped.stdout());
        assertThat(summary.get("batchStatus").asText()).isEqualTo("STOPPED");
        assertThat(summary.get("exitCode").asInt()).isEqualTo(7);
        assertThat(stopped.stderr()).contains("Stopping execution 1", "tributary restart 1")
                .doesNotContain("HikariDataSource has been closed", "WELD-ENV-002002", "\tat ");
        long pressBefore = CallLog.count(log, "press");
        assertThat(pressBefore).isBetween(2L, 7L);

        Result status = LauncherProcess.run(home, true, "status", "1", "--json");
        assertThat(status.exitCode()).as(status.stderr()).isEqualTo(7);
        assertThat(JSON.readTree(status.stdout()).get("orphaned").asBoolean()).isFalse();

        Result restart = LauncherProcess.run(home, true, "restart", "1", "press.sleepMs=0", "--json", "--quiet");
        assertThat(restart.exitCode()).as(restart.stderr()).isZero();
        assertThat(JSON.readTree(restart.stdout()).get("decision").get("outcome").asText()).isEqualTo("PROCEED");
        for (String agent : new String[] {"financials", "regulatory", "patents", "leadership"}) {
            assertThat(CallLog.count(log, agent)).as(agent).isEqualTo(1);
        }
        Map<String, Long> pressCalls = CallLog.read(log).stream().filter(c -> c.agent().equals("press"))
                .collect(Collectors.groupingBy(CallLog.Call::item, Collectors.counting()));
        assertThat(pressCalls).hasSize(8).allSatisfy((item, calls) -> assertThat(calls).as(item).isEqualTo(1));
    }

    private static void awaitCalls(Path log, int calls, Process run) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(2));
        while (CallLog.read(log).size() < calls && Instant.now().isBefore(limit) && run.isAlive()) {
            Thread.sleep(50);
        }
        assertThat(CallLog.read(log)).hasSizeGreaterThanOrEqualTo(calls);
    }
}
