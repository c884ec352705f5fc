package io.tributary.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.run.AgentInput;
import io.tributary.core.store.RiskRow;
import io.tributary.core.store.RunInfo;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess.Result;
import io.tributary.it.support.LauncherProcess;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home written by release 0.1.0 (schema version 3: a company target and a dossier per run,
 * findings by dimension; see {@code fixtures/store-0.1.0/README.md}) opens with the current
 * release, migrates in place and still answers for its runs.
 */
class LegacyStoreUpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path home;

    @BeforeEach
    void legacyHome() throws Exception {
        home = tmp.resolve("home");
        Files.createDirectories(home.resolve("db"));
        try (InputStream fixture = getClass().getResourceAsStream("/fixtures/store-0.1.0/tributary.mv.db")) {
            assertThat(fixture).as("fixture database").isNotNull();
            Files.copy(fixture, home.resolve("db/tributary.mv.db"));
        }
    }

    @Test
    void legacyHome_migrates_andStatusAnswersWithTheOldRunsContent() throws Exception {
        Result proceed = LauncherProcess.run(home, false, "status", "1", "--json", "--quiet");
        Result escalate = LauncherProcess.run(home, false, "status", "2", "--json", "--quiet");

        assertThat(proceed.exitCode()).as(proceed.stderr()).isZero();
        JsonNode first = JSON.readTree(proceed.stdout());
        assertThat(first.get("job").asText()).isEqualTo("due-diligence");
        assertThat(first.get("exitStatus").asText()).isEqualTo("PROCEED");
        assertThat(first.get("recommendation").asText()).isEqualTo("PROCEED_WITH_CONDITIONS");
        assertThat(findingsByAgent(first)).containsExactlyInAnyOrderEntriesOf(Map.of("financials", 15,
                "leadership", 1, "patents", 5, "press", 116, "regulatory", 23));
        assertThat(first.get("traceId").asText()).isEqualTo("fc26e3ff2364c9354e9721119ef92c15");

        assertThat(escalate.exitCode()).as(escalate.stderr()).isEqualTo(5);
        JsonNode second = JSON.readTree(escalate.stdout());
        assertThat(second.get("decision").get("outcome").asText()).isEqualTo("ESCALATE");
        assertThat(second.get("decision").get("missingAgents").get(0).asText()).isEqualTo("patents");
        assertThat(second.get("decision").get("reason").asText()).contains("the dossier has no patents folder");
    }

    @Test
    void legacyHome_listsItsExecutions_keepsSubjectInputAndRiskRegister_andTakesNewRuns() throws Exception {
        Result listed = LauncherProcess.run(home, false, "executions", "due-diligence");

        assertThat(listed.exitCode()).as(listed.stderr()).isZero();
        assertThat(listed.stdout().lines().skip(1).map(l -> l.split("\\s+")[0] + " " + l.split("\\s+")[3]))
                .containsExactly("2 ESCALATE", "1 PROCEED");
        try (ItRuntime it = ItRuntime.start(home)) {
            RunInfo run = it.runtime().store().run(1).orElseThrow();
            assertThat(run.subject().key()).isEqualTo("0001318605");
            assertThat(run.subject().name()).isEqualTo("Tesla, Inc.");
            assertThat(run.subject().attributes()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("cik", "0001318605", "ticker", "TSLA"));
            assertThat(run.input()).isInstanceOf(AgentInput.Directory.class);
            assertThat(run.input().value()).endsWith("batch-jobs/samples/tesla");
            assertThat(run.verdict()).contains("PROCEED_WITH_CONDITIONS");
            assertThat(it.runtime().store().findings(1)).hasSize(160)
                    .anyMatch(f -> f.finding().group().equals("FINANCIAL_HEALTH"));
            assertThat(it.runtime().store().riskRegister("0001318605")).extracting(RiskRow::group)
                    .containsExactly("FINANCIAL_HEALTH", "INTELLECTUAL_PROPERTY", "LEADERSHIP", "MARKET_PERCEPTION",
                            "REGULATORY_LEGAL");

            var next = it.run("it-five", ItRuntime.params("dossier",
                    ItRuntime.dossier(tmp.resolve("dossier"), "Upgrade, Inc.").toString()));

            assertThat(next.getExitStatus()).isEqualTo("PROCEED");
            assertThat(it.runId(next.getExecutionId())).isGreaterThan(2);
            assertThat(it.runtime().store().riskRegister("0000000042")).extracting(RiskRow::group)
                    .containsExactly("FINANCIAL_HEALTH");
        }
    }

    private static Map<String, Integer> findingsByAgent(JsonNode summary) {
        Map<String, Integer> counts = new HashMap<>();
        summary.get("agents").forEach(a -> counts.put(a.get("agent").asText(), a.get("findings").asInt()));
        return counts;
    }
}
