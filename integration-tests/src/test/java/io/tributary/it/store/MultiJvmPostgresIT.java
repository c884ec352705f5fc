package io.tributary.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.store.RiskRow;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess.Result;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separate JVMs against one PostgreSQL database, as a scheduler runs them. */
class MultiJvmPostgresIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void twoJvmsUpdatingTheSameAggregate_keepExactTotals() throws Exception {
        Map<String, String> env = env(Postgres.freshSchemaSettings());
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Shared Target, Inc.");
        int items = 300;

        Process a = LauncherProcess.start(tmp.resolve("a"), true, env, "run", "it-locking", dossier,
                "items=" + items, "--json", "--quiet");
        Process b = LauncherProcess.start(tmp.resolve("b"), true, env, "run", "it-locking", dossier,
                "items=" + items, "--json", "--quiet");
        Result ra = LauncherProcess.await(a, 600);
        Result rb = LauncherProcess.await(b, 600);

        assertThat(ra.exitCode()).as(ra.stderr()).isZero();
        assertThat(rb.exitCode()).as(rb.stderr()).isZero();
        assertThat(JSON.readTree(ra.stdout()).get("runId").asLong())
                .isNotEqualTo(JSON.readTree(rb.stdout()).get("runId").asLong());
        try (ItRuntime it = ItRuntime.start(tmp.resolve("reader"), settings(env))) {
            List<RiskRow> register = it.runtime().store().riskRegister("0000000042");
            long total = register.stream().filter(r -> r.group().equals("FINANCIAL_HEALTH"))
                    .mapToLong(RiskRow::findings).sum();
            assertThat(total).isEqualTo(2L * LockedWritersIT.FLOWS * items);
        }
    }

    @Test
    void recover_neverTouchesAnExecutionWhoseOwnerIsAlive() throws Exception {
        Map<String, String> env = env(Postgres.freshSchemaSettings());
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Alive, Inc.");
        Path gate = tmp.resolve("gate");
        Process running = LauncherProcess.start(tmp.resolve("a"), true, env, "run", "it-five", dossier,
                "press.awaitFile=" + gate, "--json");
        try {
            // press waits at the gate, so the execution is running for as long as the checks below take
            assertThat(LauncherProcess.awaitStderr(running, "Started it-five", java.time.Duration.ofMinutes(3)))
                    .as("the first launcher started its execution").isTrue();
            Result recover = LauncherProcess.await(LauncherProcess.start(tmp.resolve("b"), true, env, "recover",
                    "--json"), 120);
            assertThat(recover.exitCode()).as(recover.stderr()).isZero();
            JsonNode recovered = JSON.readTree(recover.stdout()).get("recovered");
            assertThat(recovered).isEmpty();
            Result status = LauncherProcess.await(LauncherProcess.start(tmp.resolve("c"), true, env, "status", "1",
                    "--json"), 120);
            JsonNode s = JSON.readTree(status.stdout());
            assertThat(s.get("batchStatus").asText()).isEqualTo("STARTED");
            assertThat(s.get("orphaned").asBoolean()).isFalse();
        } finally {
            Files.writeString(gate, "go");
            Result r = LauncherProcess.await(running, 300);
            assertThat(r.exitCode()).as(r.stderr()).isZero();
        }
    }

    private static Map<String, String> env(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>();
        env.put("TRIBUTARY_DB_URL", settings.get("db.url"));
        env.put("TRIBUTARY_DB_USER", settings.get("db.user"));
        env.put("TRIBUTARY_DB_PASSWORD", settings.get("db.password"));
        return env;
    }

    private static Map<String, String> settings(Map<String, String> env) {
        return Map.of("db.url", env.get("TRIBUTARY_DB_URL"), "db.user", env.get("TRIBUTARY_DB_USER"),
                "db.password", env.get("TRIBUTARY_DB_PASSWORD"));
    }
}
