package io.tributary.jobs.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tributary.jobs.capacity.Limit.Scope;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CapacityModelTest {

    private static final RuntimeCost COST = new RuntimeCost(Duration.ofMillis(100), Duration.ofMillis(2),
            Duration.ofMillis(1));

    /** 10,000 users asking 6 times an hour, 20 parallel calls of 2 s, 2,000 in / 500 out tokens each. */
    private static CapacityInputs.Builder tenThousandUsers() {
        return CapacityInputs.builder().users(10_000, 6).tasksPerQuery(20)
                .latency(Duration.ofSeconds(2), Duration.ofSeconds(2)).tokensPerTask(2000, 500)
                .pricePer1k(0.0025, 0.01).providerConcurrency(64).dbConnectionsPerJvm(16).threadsPerJvm(0)
                .coresPerJvm(2).virtualAgentThreads(false).runtimeCost(COST).targetUtilisation(0.8);
    }

    @Test
    void tenThousandUsers_demandByLittlesLaw() {
        // when
        CapacityPlan plan = CapacityModel.plan(tenThousandUsers().build());

        // then: 10,000 x 6 / 3,600 = 16.667 queries/s, x 20 = 333.33 calls/s, x 2 s = 666.67 in flight
        assertThat(plan.queriesPerSecond()).isCloseTo(16.6667, within(1e-3));
        assertThat(plan.agentCallsPerSecond()).isCloseTo(333.333, within(1e-3));
        assertThat(plan.agentCallsInFlight()).isCloseTo(666.667, within(1e-3));
        // a query takes its slowest call (2 s) plus 100 ms overhead; 16.667 x 2.1 = 35 queries in flight
        assertThat(plan.queryLatencySeconds()).isCloseTo(2.1, within(1e-9));
        assertThat(plan.queriesInFlight()).isCloseTo(35.0, within(1e-6));
        // each holds 1 + 20 batch threads: 735; plus one platform thread per call in flight
        assertThat(plan.batchThreads()).isCloseTo(735.0, within(1e-6));
        assertThat(plan.platformThreads()).isCloseTo(1401.667, within(1e-3));
        // 333.33 calls/s x 1 ms of a connection, x 2 ms of CPU
        assertThat(plan.dbConnectionsBusy()).isCloseTo(0.3333, within(1e-4));
        assertThat(plan.cpuCoresBusy()).isCloseTo(0.6667, within(1e-4));
    }

    @Test
    void tenThousandUsers_tokensAndCost() {
        CapacityPlan plan = CapacityModel.plan(tenThousandUsers().build());

        // 333.33 calls/s x 2,500 tokens x 60 s
        assertThat(plan.tokensPerMinute()).isCloseTo(50_000_000, within(1e-3));
        // 20 x (2,000 x $0.0025 + 500 x $0.01) / 1,000 = $0.20 per query; x 16.667/s x 3,600 s = $12,000
        assertThat(plan.costPerQueryUsd()).isCloseTo(0.20, within(1e-12));
        assertThat(plan.costPerHourUsd()).isCloseTo(12_000, within(1e-6));
    }

    @Test
    void tenThousandUsers_bulkheadSetsTheJvms_tokenLimitSaturatesFirst() {
        // given the provider allows 30,000 requests and 30 M tokens per minute
        CapacityPlan plan = CapacityModel.plan(tenThousandUsers().providerRateLimit(30_000, 30_000_000).build());

        // then 666.67 calls in flight / (64 per JVM x 80 %) = 13.02, so 14 JVMs
        assertThat(plan.jvms()).isEqualTo(14);
        Limit bulkhead = limit(plan, "provider concurrency (bulkhead)");
        assertThat(bulkhead.jvmsNeeded()).isEqualTo(14);
        assertThat(bulkhead.capacity()).isEqualTo(64.0 * 14);
        assertThat(bulkhead.maxQueriesPerSecond()).isCloseTo(22.4, within(1e-9)); // 896 / (20 x 2 s)
        // but 30 M tokens/min allow 30e6 / 60 / (20 x 2,500) = 10 queries/s, whatever the JVMs
        Limit tokens = limit(plan, "provider token rate limit");
        assertThat(tokens.scope()).isEqualTo(Scope.GLOBAL);
        assertThat(tokens.maxQueriesPerSecond()).isCloseTo(10.0, within(1e-9));
        assertThat(plan.firstToSaturate()).contains(tokens);
        assertThat(plan.exceeded()).containsExactly(tokens);
        // 30,000 requests/min allow 30,000 / 60 / 20 = 25 queries/s: enough
        assertThat(limit(plan, "provider request rate limit").maxQueriesPerSecond()).isCloseTo(25.0, within(1e-9));
        assertThat(limit(plan, "provider request rate limit").exceeded()).isFalse();
    }

    @Test
    void unboundedThreads_areNoLimit_andSaidSo() {
        CapacityPlan plan = CapacityModel.plan(tenThousandUsers().build());

        assertThat(plan.limits()).extracting(Limit::resource).doesNotContain("batch threads");
        assertThat(plan.assumptions()).contains("batch threads: unbounded, not a limit here");
    }

    @Test
    void boundedThreads_needMoreJvms() {
        // 735 batch threads / (100 per JVM x 80 %) = 9.19, so 10 JVMs, fewer than the bulkhead's 14
        CapacityPlan plan = CapacityModel.plan(tenThousandUsers().threadsPerJvm(100).build());

        assertThat(limit(plan, "batch threads").jvmsNeeded()).isEqualTo(10);
        assertThat(plan.jvms()).isEqualTo(14);
    }

    @Test
    void admissionLimit_isAJvmLimit_andCanSetTheJvms() {
        // 35 queries in flight / (4 jobs per JVM x 80 %) = 10.9, so 11 JVMs, fewer than the bulkhead's 14;
        // at 2 jobs per JVM 35 / 1.6 = 21.9, so 22, and the admission limit sets the JVMs
        CapacityPlan four = CapacityModel.plan(tenThousandUsers().jobsPerJvm(4).build());
        CapacityPlan two = CapacityModel.plan(tenThousandUsers().jobsPerJvm(2).build());

        assertThat(limit(four, "jobs admitted at once").jvmsNeeded()).isEqualTo(11);
        assertThat(four.jvms()).isEqualTo(14);
        assertThat(two.jvms()).isEqualTo(22);
        assertThat(CapacityModel.plan(tenThousandUsers().build()).assumptions())
                .contains("jobs admitted at once: unbounded, not a limit here");
    }

    @Test
    void virtualAgentThreads_costNoPlatformThread() {
        CapacityPlan plan = CapacityModel.plan(tenThousandUsers().virtualAgentThreads(true).build());

        assertThat(plan.platformThreads()).isCloseTo(plan.batchThreads(), within(1e-9));
    }

    @Test
    void givenJvms_areKept_andOvercommitmentShows() {
        CapacityPlan plan = CapacityModel.plan(tenThousandUsers().jvms(4).build());

        assertThat(plan.jvms()).isEqualTo(4);
        assertThat(plan.jvmsGiven()).isTrue();
        assertThat(plan.exceeded()).extracting(Limit::resource).containsExactly("provider concurrency (bulkhead)");
        assertThat(plan.firstToSaturate().orElseThrow().utilisation()).isCloseTo(666.667 / 256, within(1e-3));
    }

    @Test
    void skewedLatency_queryWaitsForTheSlowestOfItsCalls() {
        // given a log-normal call latency with median 1 s and sigma 1 (p99 = e^2.3263 s)
        Duration p99 = Duration.ofNanos(Math.round(Math.exp(LatencyDistribution.Z99) * 1e9));
        CapacityPlan plan = CapacityModel.plan(CapacityInputs.builder().queriesPerSecond(1).tasksPerQuery(5)
                .latency(Duration.ofSeconds(1), p99).runtimeCost(new RuntimeCost(Duration.ZERO, Duration.ZERO,
                        Duration.ZERO)).build());

        // then the median query takes the 0.5^(1/5) quantile of one call: e^1.12900 = 3.0926 s
        assertThat(plan.queryLatencySeconds()).isCloseTo(3.0926, within(1e-3));
        // its p99 the 0.99^(1/5) quantile: e^2.87689 = 17.759 s
        assertThat(plan.queryLatencyP99Seconds()).isCloseTo(17.759, within(1e-2));
        // calls in flight use the mean call latency e^0.5 = 1.6487 s: 5 calls/s x 1.6487
        assertThat(plan.agentCallsInFlight()).isCloseTo(8.2436, within(1e-3));
    }

    @Test
    void closedLoop_isBoundByTheRuntimesCpu_whenClientsAskForMore() {
        // given 200 clients, 5 x 20 ms calls, 30 ms overhead, 1 ms CPU per task on 2 cores
        CapacityPlan plan = CapacityModel.plan(CapacityInputs.builder().queriesPerSecond(1).tasksPerQuery(5)
                .latency(Duration.ofMillis(20), null).coresPerJvm(2).jvms(1).targetUtilisation(1.0)
                .runtimeCost(new RuntimeCost(Duration.ofMillis(30), Duration.ofMillis(1), Duration.ZERO)).build());

        // then the clients could issue 200 / 0.05 s = 4,000 queries/s, the CPU allows 2 / 0.005 s = 400
        assertThat(plan.closedLoopQueriesPerSecond(200)).isCloseTo(400, within(1e-9));
        assertThat(plan.firstToSaturate().orElseThrow().resource()).isEqualTo("processor");
        // and one client is bound by the latency: 1 / 0.05 s
        assertThat(plan.closedLoopQueriesPerSecond(1)).isCloseTo(20, within(1e-9));
    }

    @Test
    void badInputs_failWithTheQuantityNamed() {
        assertThatThrownBy(() -> tenThousandUsers().tasksPerQuery(0).build())
                .hasMessage("tasks per query must be at least 1, was 0");
        assertThatThrownBy(() -> tenThousandUsers().latency(Duration.ofSeconds(2), Duration.ofSeconds(1)).build())
                .hasMessage("latency p99 (PT1S) must not be below p50 (PT2S)");
        assertThatThrownBy(() -> tenThousandUsers().targetUtilisation(1.5).build())
                .hasMessage("target utilisation must be above 0 and at most 1, was 1.5");
        assertThatThrownBy(() -> CapacityInputs.rateOf(0, 6)).hasMessage("users must be at least 1, was 0");
        assertThatThrownBy(() -> tenThousandUsers().queriesPerSecond(-1).build())
                .hasMessage("query rate must be more than zero, was -1.0");
    }

    private static Limit limit(CapacityPlan plan, String resource) {
        return plan.limits().stream().filter(l -> l.resource().equals(resource)).findFirst().orElseThrow();
    }
}
