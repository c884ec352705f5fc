package io.tributary.it.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.InvalidInputException;
import io.tributary.core.bootstrap.Database;
import io.tributary.core.config.Settings;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import io.tributary.it.support.ThrowawayPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Database trouble on a PostgreSQL server the test controls: stopped for about 3 s in the middle
 * of a run, the run waits it out and completes; a wrong password and a refused connection each
 * say so at once, without printing a password.
 */
class PostgresOutageIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static ThrowawayPostgres pg;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startServer() throws Exception {
        pg = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void serverStoppedForThreeSecondsMidRun_theRunWaitsItOutAndCompletes() throws Exception {
        Path log = tmp.resolve("calls.log");
        Process run = LauncherProcess.start(tmp.resolve("home"), true, env(ThrowawayPostgres.PASSWORD), "run",
                "it-five", "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Outage, Inc."),
                "script.log=" + log, "financials.items=8", "financials.sleepMs=700", "regulatory.sleepMs=6000",
                "agentTimeout=PT5M", "--json");
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (CallLog.count(log, "financials") < 2 && run.isAlive() && Instant.now().isBefore(limit)) {
            Thread.sleep(20);
        }
        assertThat(CallLog.count(log, "financials")).as("financials under way").isGreaterThanOrEqualTo(2);

        pg.stopImmediately();
        Thread.sleep(3000);
        pg.startServer();

        Result r = LauncherProcess.await(run, 300);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode done = JSON.readTree(r.stdout());
        assertThat(done.get("decision").get("outcome").asText()).isEqualTo("PROCEED");
        int findings = 0;
        for (JsonNode a : done.get("agents")) {
            assertThat(a.get("status").asText()).as(a.get("agent").asText()).isEqualTo("SUCCEEDED");
            findings += a.get("findings").asInt();
        }
        assertThat(findings).isEqualTo(8 + 4);
        assertThat(CallLog.count(log, "financials")).isEqualTo(8);
    }

    @Test
    void wrongPassword_saysAuthenticationFailed_atOnce_withoutThePassword() throws Exception {
        String wrong = "wrong-pass-1234";
        Instant start = Instant.now();
        assertThatThrownBy(() -> Database.open(settings(pg.url() + "?password=" + wrong, wrong)).close())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("authentication failed for user 'postgres'")
                .hasMessageNotContaining(wrong);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));

        Result status = LauncherProcess.await(LauncherProcess.start(tmp.resolve("home"), true, env(wrong), "status",
                "1", "--json"), 240);
        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.stderr()).contains("authentication failed for user 'postgres'").doesNotContain(wrong)
                .doesNotContain("Exception");
        assertThat(JSON.readTree(status.stdout()).get("error").asText()).contains("authentication failed");
    }

    @Test
    void refusedConnection_saysConnectionRefused_atOnce() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + ThrowawayPostgres.unusedPort() + "/postgres";
        Instant start = Instant.now();
        assertThatThrownBy(() -> Database.open(settings(url, ThrowawayPostgres.PASSWORD)).close())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("connection refused")
                .hasMessageNotContaining(ThrowawayPostgres.PASSWORD);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    private Settings settings(String url, String password) {
        return Settings.load(tmp.resolve("in-process"), Map.of(), new Properties(), Map.of("db.url", url,
                "db.user", ThrowawayPostgres.USER, "db.password", password));
    }

    private static Map<String, String> env(String password) {
        return Map.of("TRIBUTARY_DB_URL", pg.url(), "TRIBUTARY_DB_USER", ThrowawayPostgres.USER,
                "TRIBUTARY_DB_PASSWORD", password);
    }
}
