package io.tributary.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import io.tributary.core.bootstrap.Database;
import io.tributary.core.config.Settings;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.core.store.internal.Pricing;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store calls an agent step makes: starting an agent (which also says which items are already
 * settled), reading its run while an execution is current, and finishing it with the verdict its
 * items give, each in one transaction; and the leases by which a process claims its executions.
 */
class AgentLifecycleStoreTest {

    static final long RUN = 41;
    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path home;
    Database db;
    ResultStore store;

    @BeforeEach
    void open() {
        db = Database.open(Settings.load(home, Map.of(), new Properties(), Map.of()));
        store = new JpaResultStore(db.entityManagerFactory(), Pricing.FREE);
        store.registerRun(registration(1, "trace-1"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void agentStarted_marksTheAgentRunning_andReturnsOnlyTheSettledItems() {
        StepRef step = new StepRef(1, 10, "trace-1");
        store.commitItems(RUN, "press", "p", List.of(delivered("a"), failed("b"), noEvidence("c")), step);

        var settled = store.agentStarted(RUN, "press", "p", 4, step, T0);

        assertThat(settled).containsExactlyInAnyOrder("a", "c");
        AgentOutcome o = store.outcomes(RUN).get(0);
        assertThat(o.status()).isEqualTo(AgentStatus.RUNNING);
        assertThat(o.itemsTotal()).isEqualTo(4);
        assertThat(o.startedAt()).isEqualTo(T0);
    }

    @Test
    void agentStarted_onAFreshAgent_returnsNothingSettled() {
        assertThat(store.agentStarted(RUN, "press", "p", 1, new StepRef(1, 10, "trace-1"), T0)).isEmpty();
        assertThat(store.outcomes(RUN)).extracting(AgentOutcome::status).containsExactly(AgentStatus.RUNNING);
    }

    @Test
    void runOfAnExecution_followsARegistrationForTheNextExecution() {
        assertThat(store.run(RUN, 1)).get().extracting(RunInfo::traceId).isEqualTo("trace-1");

        store.registerRun(registration(2, "trace-2"));

        assertThat(store.run(RUN, 2)).get().extracting(RunInfo::traceId).isEqualTo("trace-2");
        assertThat(store.run(RUN)).get().extracting(RunInfo::lastExecutionId).isEqualTo(2L);
    }

    @Test
    void runOfAnExecution_seesARegistrationMadeThroughAnotherStore() {
        assertThat(store.run(RUN, 1)).get().extracting(RunInfo::traceId).isEqualTo("trace-1");
        ResultStore otherProcess = new JpaResultStore(db.entityManagerFactory(), Pricing.FREE);

        otherProcess.registerRun(registration(2, "trace-2"));

        assertThat(store.run(RUN, 2)).get().extracting(RunInfo::traceId).isEqualTo("trace-2");
    }

    @Test
    void runOfAnExecution_ofAnUnknownRun_isEmpty() {
        assertThat(store.run(999, 1)).isEmpty();
    }

    @Test
    void finishAgent_recordsTheVerdictComputedFromTheItems_inTheSameTransaction() {
        StepRef step = new StepRef(1, 10, "trace-1");
        store.agentStarted(RUN, "press", "p", 2, step, T0);
        store.commitItems(RUN, "press", "p", List.of(delivered("a"), failed("b")), step);
        List<List<String>> seen = new ArrayList<>();

        AgentVerdict v = store.finishAgent(RUN, "press", "p", items -> {
            seen.add(items.stream().map(i -> i.itemKey() + "=" + i.status()).toList());
            return new AgentVerdict(AgentStatus.FAILED, "1 of 2 item(s) analysed", true);
        }, T0.plusSeconds(5));

        assertThat(seen).containsExactly(List.of("a=SUCCEEDED", "b=FAILED"));
        assertThat(v.status()).isEqualTo(AgentStatus.FAILED);
        AgentOutcome o = store.outcomes(RUN).get(0);
        assertThat(o.status()).isEqualTo(AgentStatus.FAILED);
        assertThat(o.error()).isEqualTo("1 of 2 item(s) analysed");
        assertThat(o.retriable()).isTrue();
        assertThat(o.endedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(o.findings()).isEqualTo(1);
    }

    @Test
    void finishAgent_whoseVerdictFails_leavesTheOutcomeAsItWas() {
        StepRef step = new StepRef(1, 10, "trace-1");
        store.agentStarted(RUN, "press", "p", 1, step, T0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.finishAgent(RUN, "press", "p", items -> {
            throw new IllegalStateException("verdict failed");
        }, T0)).hasMessage("verdict failed");

        assertThat(store.outcomes(RUN)).extracting(AgentOutcome::status).containsExactly(AgentStatus.RUNNING);
    }

    @Test
    void commitLastItems_storesTheItemsAndTheVerdictTheyGive_inOneTransaction() {
        StepRef step = new StepRef(1, 10, "trace-1");
        store.agentStarted(RUN, "press", "p", 1, step, T0);
        List<List<String>> seen = new ArrayList<>();

        AgentVerdict v = store.commitLastItems(RUN, "press", "p", List.of(delivered("a")), step, items -> {
            seen.add(items.stream().map(i -> i.itemKey() + "=" + i.status() + "/" + i.findings()).toList());
            return new AgentVerdict(AgentStatus.SUCCEEDED, "", false);
        }, T0.plusSeconds(3));

        assertThat(seen).containsExactly(List.of("a=SUCCEEDED/1"));
        assertThat(v.status()).isEqualTo(AgentStatus.SUCCEEDED);
        AgentOutcome o = store.outcomes(RUN).get(0);
        assertThat(o.status()).isEqualTo(AgentStatus.SUCCEEDED);
        assertThat(o.itemsDone()).isEqualTo(1);
        assertThat(o.findings()).isEqualTo(1);
        assertThat(o.startedAt()).isEqualTo(T0);
        assertThat(o.endedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(store.items(RUN, "press", "p")).extracting(ItemRecord::itemKey).containsExactly("a");
        assertThat(store.findings(RUN, "press", "p")).hasSize(1);
        assertThat(store.costs(RUN)).isEqualTo(new CostTotals(1, 10, 5, 0.0));
        assertThat(store.riskRegister("123")).extracting(RiskRow::findings).containsExactly(1L);
    }

    @Test
    void commitLastItems_whoseVerdictFails_storesNothing() {
        StepRef step = new StepRef(1, 10, "trace-1");
        store.agentStarted(RUN, "press", "p", 1, step, T0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.commitLastItems(RUN, "press", "p",
                List.of(delivered("a")), step, items -> {
                    throw new IllegalStateException("verdict failed");
                }, T0)).hasMessage("verdict failed");

        assertThat(store.items(RUN, "press", "p")).isEmpty();
        assertThat(store.findings(RUN)).isEmpty();
        assertThat(store.costs(RUN)).isEqualTo(CostTotals.ZERO);
        assertThat(store.outcomes(RUN)).extracting(AgentOutcome::status).containsExactly(AgentStatus.RUNNING);
    }

    @Test
    void commitItems_addsToTheLedgerAndRegisterOfEarlierCommits_andAnItemWithoutUsageLeavesTheLedger() {
        StepRef step = new StepRef(1, 10, "trace-1");
        store.commitItems(RUN, "press", "p", List.of(delivered("a")), step);
        store.commitItems(RUN, "press", "p", List.of(delivered("b"), noEvidence("c")), step);
        store.commitItems(RUN, "press", "p", List.of(noEvidence("d")), step);

        assertThat(store.costs(RUN)).isEqualTo(new CostTotals(2, 20, 10, 0.0));
        assertThat(store.riskRegister("123")).singleElement().satisfies(r -> {
            assertThat(r.group()).isEqualTo("perception");
            assertThat(r.findings()).isEqualTo(2);
        });
        assertThat(store.outcomes(RUN).get(0).itemsDone()).isEqualTo(4);
    }

    @Test
    void commitItems_ofAnItemAnotherProcessCommittedSinceTheStart_neitherDuplicatesNorDoubleCounts() {
        StepRef step = new StepRef(1, 10, "trace-1");
        store.agentStarted(RUN, "press", "p", 1, step, T0);
        ResultStore otherProcess = new JpaResultStore(db.entityManagerFactory(), Pricing.FREE);
        otherProcess.commitItems(RUN, "press", "p", List.of(delivered("a")), step);

        store.commitItems(RUN, "press", "p", List.of(delivered("a")), step);

        assertThat(store.items(RUN, "press", "p")).extracting(ItemRecord::itemKey).containsExactly("a");
        assertThat(store.findings(RUN)).hasSize(1);
        assertThat(store.outcomes(RUN).get(0).itemsDone()).isEqualTo(1);
        assertThat(store.costs(RUN).calls()).isEqualTo(1);
    }

    @Test
    void agentStarted_ofARunRegisteredAgainForARestart_returnsTheItemsSettledBefore() {
        StepRef first = new StepRef(1, 10, "trace-1");
        store.agentStarted(RUN, "press", "p", 2, first, T0);
        store.commitItems(RUN, "press", "p", List.of(delivered("a"), failed("b")), first);
        store.registerRun(registration(2, "trace-2"));
        StepRef restart = new StepRef(2, 20, "trace-2");

        assertThat(store.agentStarted(RUN, "press", "p", 2, restart, T0)).containsExactly("a");
        store.commitItems(RUN, "press", "p", List.of(delivered("b")), restart);

        assertThat(store.items(RUN, "press", "p")).extracting(ItemRecord::itemKey, ItemRecord::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", AgentStatus.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple("b", AgentStatus.SUCCEEDED));
        assertThat(store.outcomes(RUN).get(0).itemsDone()).isEqualTo(2);
    }

    @Test
    void agentStarted_aloneTwiceInTheFirstExecution_keepsOneOutcome() {
        StepRef step = new StepRef(1, 10, "trace-1");
        store.agentStarted(RUN, "press", "p", 1, step, T0, false);
        store.commitItems(RUN, "press", "p", List.of(delivered("a")), step);

        assertThat(store.agentStarted(RUN, "press", "p", 1, step, T0.plusSeconds(1), false)).containsExactly("a");

        assertThat(store.outcomes(RUN)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(AgentStatus.RUNNING);
            assertThat(o.itemsDone()).isEqualTo(1);
        });
    }

    @Test
    void heartbeat_renewsAnActiveLease_andReleaseEndsIt() {
        store.acquireLease(7, 3, "host:1", T0);

        store.heartbeat(7, T0.plusSeconds(2));
        assertThat(store.lease(7)).contains(new Lease(7, 3, "host:1", T0.plusSeconds(2), false));
        assertThat(store.activeLeases()).extracting(Lease::executionId).containsExactly(7L);

        store.releaseLease(7, T0.plusSeconds(3));
        store.heartbeat(7, T0.plusSeconds(4));
        assertThat(store.lease(7)).contains(new Lease(7, 3, "host:1", T0.plusSeconds(3), true));
        assertThat(store.activeLeases()).isEmpty();
    }

    @Test
    void acquireLease_ofAnExecutionClaimedBefore_takesItOver() {
        store.acquireLease(7, 3, "host:1", T0);
        store.releaseLease(7, T0.plusSeconds(1));

        store.acquireLease(7, 3, "other:2", T0.plusSeconds(5));

        assertThat(store.lease(7)).contains(new Lease(7, 3, "other:2", T0.plusSeconds(5), false));
    }

    @Test
    void heartbeat_ofAnExecutionNeverClaimed_claimsNothing() {
        store.heartbeat(8, T0);

        assertThat(store.lease(8)).isEmpty();
    }

    private static RunRegistration registration(long execution, String trace) {
        return new RunRegistration(RUN, execution, "job", new Subject("123", "Acme", Map.of("id", "123")),
                new AgentInput.Directory(Path.of("/tmp/acme")), List.of("press"), List.of(), "all", trace, "span-" + execution);
    }

    static ItemCommit delivered(String key) {
        Finding f = Finding.of(key + "-finding", "perception", "topic", "claim about " + key, Polarity.NEUTRAL,
                Severity.LOW, 0.5, List.of(new Evidence("press.csv", "row 1", "quote")));
        return new ItemCommit(key, AgentStatus.SUCCEEDED, AgentResult.of(List.of(f),
                new Usage(1, 10, 5, Duration.ofMillis(3), "m"), 1), 1, "", false, T0, T0);
    }

    private static ItemCommit failed(String key) {
        return new ItemCommit(key, AgentStatus.FAILED, null, 2, "boom", true, T0, T0);
    }

    private static ItemCommit noEvidence(String key) {
        return new ItemCommit(key, AgentStatus.NO_EVIDENCE, AgentResult.noEvidence(Usage.NONE, List.of()), 1, "",
                false, T0, T0);
    }
}
