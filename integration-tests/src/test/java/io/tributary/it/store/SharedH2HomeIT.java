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
        Result status = LauncherProcess.await(LauncherProcess.start(home, true, directStatusLogged(), "status", "1",
                "--json"), 120);
        Duration whileRunning = Duration.between(asked, Instant.now());

        // then it answers exit 6, running, read directly from the database without starting the runtime
        assertThat(status.exitCode()).as(status.stderr()).isEqualTo(6);
        assertThat(status.stderr()).contains("execution 1 read directly from the database");
        assertThat(JSON.readTree(status.stdout()).get("batchStatus").asText()).isEqualTo("STARTED");

        // and the launcher script, which starts the JVM for a quick read, answers the same
        LauncherProcess.await(LauncherProcess.startScript(home, Map.of(), "status", "1"), 120); // its first call archives classes
        Instant scriptAsked = Instant.now();
        Result script = LauncherProcess.await(LauncherProcess.startScript(home, directStatusLogged(), "status", "1",
                "--json"), 120);
        Duration scriptWhileRunning = Duration.between(scriptAsked, Instant.now());
        assertThat(script.exitCode()).as(script.stderr()).isEqualTo(6);
        assertThat(script.stderr()).contains("execution 1 read directly from the database");
        assertThat(JSON.readTree(script.stdout()).get("batchStatus").asText()).isEqualTo("STARTED");

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
        System.out.printf("status while a run was going: %d ms (%.1f s), through the launcher script %d ms;"
                + " status with nothing running: %d ms%n", whileRunning.toMillis(), whileRunning.toMillis() / 1000.0,
                scriptWhileRunning.toMillis(), idleTime.toMillis());
        // the launcher's own start (JVM, reading the database) varies with the machine's load; the
        // wait for the database that the running process holds must add only a few seconds to it
        // (a generous bound: single samples on a shared machine)
        assertThat(whileRunning).isLessThan(idleTime.multipliedBy(2).plusSeconds(5));
    }

    /** The environment of a launcher that logs, on standard error, when {@code status} reads the database directly. */
    private Map<String, String> directStatusLogged() throws java.io.IOException {
        Path config = tmp.resolve("logging.properties");
        Files.writeString(config, String.join("\n", "handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level=FINE", ".level=WARNING",
                "io.tributary.jobs.launcher.DirectStatus.level=FINE", ""));
        return Map.of("JAVA_TOOL_OPTIONS", "-Djava.util.logging.config.file=" + config);
    }

    private static void awaitCalls(Path log, int calls, Process p) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (CallLog.read(log).size() < calls && Instant.now().isBefore(limit) && p.isAlive()) {
            Thread.sleep(50);
        }
        assertThat(CallLog.read(log)).as("calls before the press agent's gate").hasSize(calls);
    }
}
