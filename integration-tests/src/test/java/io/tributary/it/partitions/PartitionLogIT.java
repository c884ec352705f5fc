package io.tributary.it.partitions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import io.tributary.it.support.Postgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A partitioned run's log is clean: the partitions of one step starting at once create their
 * agent's outcome row once, without provoking a unique-key violation that the database driver and
 * Hibernate would log with the full INSERT statement.
 */
class PartitionLogIT {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void partitionsStartingAtOnce_logNoDuplicateKeyWarning(String database) throws Exception {
        Map<String, String> env = new HashMap<>();
        if (database.equals("postgresql")) {
            Map<String, String> s = Postgres.freshSchemaSettings();
            env.put("TRIBUTARY_DB_URL", s.get("db.url"));
            env.put("TRIBUTARY_DB_USER", s.get("db.user"));
            env.put("TRIBUTARY_DB_PASSWORD", s.get("db.password"));
        }
        String dossier = "dossier=" + ItRuntime.dossier(tmp.resolve("dossier"), "Clean Log, Inc.");
        Result r = LauncherProcess.await(LauncherProcess.start(tmp.resolve("home"), true, env, "run",
                "it-partitions", dossier, "agent=batches", "approaches=scripted", "items=8", "maxPartitions=4",
                "--json"), 240);

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(new ObjectMapper().readTree(r.stdout()).get("partitions").get(0).get("partitions").asInt())
                .isEqualTo(8);
        assertThat(r.stderr().toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("uk_outcome")
                .doesNotContain("unique index or primary key violation")
                .doesNotContain("duplicate key value");
    }
}
