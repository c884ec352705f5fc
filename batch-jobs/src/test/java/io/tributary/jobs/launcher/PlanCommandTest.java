package io.tributary.jobs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    @TempDir
    Path tmp;

    @Test
    void tenThousandUsers_json_givesTheFiguresAndStartsNothing() throws Exception {
        // given a work directory that does not exist yet
        Path home = tmp.resolve("home");

        // when
        CliRun run = run("plan", "--home", home.toString(), "--json", "--users", "10000", "--queries-per-user-per-hour", "6",
                "--tasks-per-query", "20", "--latency", "2s", "--tokens-per-task", "2000/500", "--price-input", "0.0025",
                "--price-output", "0.01", "--provider-concurrency", "64", "--provider-rate-limit", "30k rpm,30m tpm",
                "--cores-per-jvm", "2", "--agent-threads", "platform", "--overhead-per-query", "100ms",
                "--cpu-per-task", "2ms", "--db-time-per-task", "PT0.001S", "--target-utilisation", "0.8");

        // then
        assertThat(run.code()).isEqualTo(ExitCode.OK.code());
        JsonNode plan = Launcher.json().readTree(run.out()).get("plan");
        assertThat(plan.get("agentCallsInFlight").asDouble()).isCloseTo(666.667, within(1e-3));
        assertThat(plan.get("costPerHourUsd").asDouble()).isCloseTo(12_000, within(1e-6));
        assertThat(plan.get("batchThreads").asDouble()).isCloseTo(735, within(1e-6));
        assertThat(plan.get("jvms").asInt()).isEqualTo(14);
        assertThat(Launcher.json().readTree(run.out()).get("firstToSaturate").asText()).isEqualTo("provider token rate limit");
        assertThat(home).doesNotExist();
    }

    @Test
    void text_namesWhatSaturatesFirst_andTheAssumptions() throws Exception {
        CliRun run = run("plan", "--home", tmp.toString(), "--query-rate", "50", "--tasks-per-query", "5", "--latency", "20",
                "--provider-concurrency", "50", "--agent-threads", "virtual");

        assertThat(run.code()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("agent calls in flight       5.0 (Little's law")
                .contains("First to saturate:").contains("Assumptions")
                .contains("agent calls run on virtual threads");
    }

    @Test
    void price_inOut_givesTheCostPerQuery() throws Exception {
        // 1 query/s of 4 calls, 1,000 in and 500 out tokens each: 4 x (1 x 0.003 + 0.5 x 0.015) = 0.042 USD
        CliRun run = run("plan", "--home", tmp.toString(), "--json", "--query-rate", "1", "--tasks-per-query", "4",
                "--tokens-per-task", "1000/500", "--price", "0.003/0.015");

        assertThat(run.code()).isEqualTo(ExitCode.OK.code());
        JsonNode plan = Launcher.json().readTree(run.out()).get("plan");
        assertThat(plan.get("costPerQueryUsd").asDouble()).isCloseTo(0.042, within(1e-9));
        assertThat(plan.get("costPerHourUsd").asDouble()).isCloseTo(151.2, within(1e-6));
    }

    @Test
    void price_malformedOrTwice_isBadUsage() throws Exception {
        CliRun malformed = run("plan", "--home", tmp.toString(), "--query-rate", "1", "--price", "cheap");
        CliRun negative = run("plan", "--home", tmp.toString(), "--query-rate", "1", "--price", "-1/0.01");
        CliRun twice = run("plan", "--home", tmp.toString(), "--query-rate", "1", "--price", "0.1/0.2", "--price-input", "0.1");

        assertThat(malformed.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(malformed.err()).contains("--price").contains("USD per 1,000 input/output tokens such as 0.0025/0.01")
                .contains("not 'cheap'");
        assertThat(negative.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(negative.err()).contains("not '-1/0.01'");
        assertThat(twice.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(twice.err()).contains("--price", "--price-input", "mutually exclusive");
    }

    @Test
    void neitherUsersNorRate_isBadUsage() throws Exception {
        CliRun run = run("plan", "--home", tmp.toString(), "--latency", "2s");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("Missing required argument", "--users", "--query-rate");
    }

    @Test
    void usersAndRateTogether_isBadUsage() throws Exception {
        CliRun run = run("plan", "--home", tmp.toString(), "--users", "10", "--query-rate", "1");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("mutually exclusive", "--users", "--query-rate");
    }

    @Test
    void malformedDuration_namesTheOptionAndTheForms() throws Exception {
        CliRun run = run("plan", "--home", tmp.toString(), "--query-rate", "1", "--latency", "soon");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--latency", "1500ms, 2s or PT2S", "not 'soon'");
    }

    @Test
    void malformedTokens_nameTheOption() throws Exception {
        CliRun run = run("plan", "--home", tmp.toString(), "--query-rate", "1", "--tokens-per-task", "2000");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--tokens-per-task", "input/output token counts such as 2000/500", "not '2000'");
    }

    @Test
    void latencyBelowItsMedian_isBadInput() throws Exception {
        CliRun run = run("plan", "--home", tmp.toString(), "--query-rate", "1", "--latency", "2s", "--latency-p99", "1s");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("latency p99 (PT1S) must not be below p50 (PT2S)");
        assertThat(Files.list(tmp)).isEmpty();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
