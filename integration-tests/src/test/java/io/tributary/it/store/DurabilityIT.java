package io.tributary.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import io.tributary.it.support.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Printed means stored: a launcher killed with {@code kill -9} the moment it has printed an
 * execution id, or an agent's SUCCEEDED, leaves that in the database, so that {@code recover} and
 * {@code restart} find the execution and do not call a delivered agent again. On the default H2
 * database and, when configured, on PostgreSQL.
 */
class DurabilityIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> AGENTS = List.of("financials", "press", "regulatory", "patents", "leadership");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void killedRightAfterPrintingTheExecutionId_theExecutionIsThere_andRecoversAndRestarts(String database)
            throws Exception {
        Map<String, String> env = env(database);
        Path home = tmp.resolve("home");
        Path log = tmp.resolve("calls.log");
        Path gate = tmp.resolve("gate");
        Process victim = LauncherProcess.start(home, true, env, withGates("run", "it-five", dossier(),
                "script.log=" + log, gate));
        assertThat(LauncherProcess.awaitStderr(victim, "Started it-five, execution 1", Duration.ofMinutes(3)))
                .as("the launcher printed its execution id").isTrue();
        victim.destroyForcibly().waitFor();

        // recover finding execution 1 orphaned is the proof that it was stored before its id was printed
        recoverAndRestart(home, env, gate);
        AGENTS.forEach(agent -> assertThat(CallLog.count(log, agent)).as(agent).isEqualTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void killedRightAfterPrintingSucceeded_thatAgentIsNotCalledAgain(String database) throws Exception {
        Map<String, String> env = env(database);
        Path home = tmp.resolve("home");
        Path log = tmp.resolve("calls.log");
        Path gate = tmp.resolve("gate");
        String[] args = withGates("run", "it-five", dossier(), "script.log=" + log, gate);
        args[java.util.Arrays.asList(args).indexOf("financials.awaitFile=" + gate)] = "financials.sleepMs=0";
        Process victim = LauncherProcess.start(home, true, env, args);
        assertThat(LauncherProcess.awaitStderr(victim, "financials  SUCCEEDED", Duration.ofMinutes(3)))
                .as("the launcher printed financials SUCCEEDED").isTrue();
        victim.destroyForcibly().waitFor();

        recoverAndRestart(home, env, gate);
        assertThat(CallLog.count(log, "financials")).as("financials, delivered before the kill").isEqualTo(1);
        AGENTS.forEach(agent -> assertThat(CallLog.count(log, agent)).as(agent).isEqualTo(1));
    }

    private void recoverAndRestart(Path home, Map<String, String> env, Path gate) throws Exception {
        Result recover = launcher(home, env, "recover", "--json");
        assertThat(recover.exitCode()).as(recover.stderr()).isZero();
        assertThat(JSON.readTree(recover.stdout()).get("recovered").get(0).get("executionId").asLong()).isEqualTo(1);
        Files.writeString(gate, "go");
        Result restart = launcher(home, env, "restart", "1", "--json", "--quiet");
        assertThat(restart.exitCode()).as(restart.stderr()).isZero();
        JsonNode done = JSON.readTree(restart.stdout());
        assertThat(done.get("decision").get("outcome").asText()).isEqualTo("PROCEED");
        for (JsonNode a : done.get("agents")) {
            assertThat(a.get("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(a.get("findings").asInt()).isEqualTo(1);
        }
    }

    /** Job arguments that hold every agent at {@code gate} until the file exists. */
    private static String[] withGates(String command, String job, String dossier, String log, Path gate) {
        List<String> args = new java.util.ArrayList<>(List.of(command, job, dossier, log));
        AGENTS.forEach(agent -> args.add(agent + ".awaitFile=" + gate));
        return args.toArray(String[]::new);
    }

    private String dossier() throws Exception {
        return "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Durable, Inc.");
    }

    private static Result launcher(Path home, Map<String, String> env, String... args) throws Exception {
        return LauncherProcess.await(LauncherProcess.start(home, true, env, args), 240);
    }

    private static Map<String, String> env(String database) throws Exception {
        if (database.equals("h2")) {
            return Map.of();
        }
        Map<String, String> settings = Postgres.freshSchemaSettings();
        Map<String, String> env = new HashMap<>();
        env.put("TRIBUTARY_DB_URL", settings.get("db.url"));
        env.put("TRIBUTARY_DB_USER", settings.get("db.user"));
        env.put("TRIBUTARY_DB_PASSWORD", settings.get("db.password"));
        return env;
    }
}
