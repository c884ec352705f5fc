package io.tributary.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One home on the default H2 database, several launcher processes: while a run is going, another
 * process's {@code status} answers at once with exit 6, and a second {@code run} runs alongside,
 * carrying on when the process that served the database file ends first.
 */
class SharedH2HomeIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void whileARunIsGoing_statusAnswersRunning_andASecondRunCompletesAlongside() throws Exception {
        Path home = tmp.resolve("home");
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Shared, Inc.");
        Path gateA = tmp.resolve("release-a");
        Path gateB = tmp.resolve("release-b");
        Path logA = tmp.resolve("a.log");
        Path logB = tmp.resolve("b.log");

        // given a run whose press agent waits for a signal, its four other agents delivered
        Process a = LauncherProcess.start(home, true, Map.of(), "run", "it-five", dossier, "script.log=" + logA,
                "press.awaitFile=" + gateA, "agentTimeout=PT5M", "--json");
        awaitCalls(logA, 4, a);

        // when another process asks for its status
        Instant asked = Instant.now();
        Result status = LauncherProcess.run(home, true, "status", "1", "--json");
        Duration whileRunning = Duration.between(asked, Instant.now());

        // then it answers exit 6, running, without waiting for the running process
        assertThat(status.exitCode()).as(status.stderr()).isEqualTo(6);
        assertThat(JSON.readTree(status.stdout()).get("batchStatus").asText()).isEqualTo("STARTED");

        // and a second run in the same home starts alongside and outlives the first
        Process b = LauncherProcess.start(home, true, Map.of(), "run", "it-five", dossier, "script.log=" + logB,
                "press.awaitFile=" + gateB, "agentTimeout=PT5M", "--json");
        awaitCalls(logB, 4, b);
        Files.writeString(gateA, "go");
        Result first = LauncherProcess.await(a, 240);
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(b.isAlive()).as("the second run is still waiting for its press agent").isTrue();
        Files.writeString(gateB, "go");
        Result second = LauncherProcess.await(b, 240);
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        JsonNode done = JSON.readTree(second.stdout());
        assertThat(done.get("executionId").asLong()).isEqualTo(2);
        assertThat(done.get("decision").get("outcome").asText()).isEqualTo("PROCEED");
        assertThat(CallLog.read(logA)).hasSize(5);
        assertThat(CallLog.read(logB)).hasSize(5);

        // status of an ended run, nothing else running: the same JVM start, the database opened directly
        Instant idleAsked = Instant.now();
        Result idle = LauncherProcess.run(home, true, "status", "1", "--json");
        Duration idleTime = Duration.between(idleAsked, Instant.now());
        assertThat(idle.exitCode()).as(idle.stderr()).isZero();
        System.out.printf("status while a run was going: %d ms; status with nothing running: %d ms%n",
                whileRunning.toMillis(), idleTime.toMillis());
        // the launcher's own start (JVM, CDI, JPA) varies with the machine's load; the wait for the
        // database that the running process holds must add less than 2 s to it
        assertThat(whileRunning).isLessThan(idleTime.multipliedBy(2).plusSeconds(2));
    }

    private static void awaitCalls(Path log, int calls, Process p) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (CallLog.read(log).size() < calls && Instant.now().isBefore(limit) && p.isAlive()) {
            Thread.sleep(50);
        }
        assertThat(CallLog.read(log)).as("calls before the press agent's gate").hasSize(calls);
    }
}
