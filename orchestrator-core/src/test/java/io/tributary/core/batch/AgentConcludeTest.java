package io.tributary.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Finding;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.core.store.AgentVerdict;
import io.tributary.core.store.ItemRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentConcludeTest {

    static class ItemsOnly implements Agent {
        @Override
        public AgentResult analyse(AgentTask task) {
            return AgentResult.of(List.of(), Usage.NONE, 1);
        }
    }

    static class Concluding extends ItemsOnly {
        @Override
        public AgentResult conclude(AgentTask task, List<Finding> itemFindings) {
            return AgentResult.of(List.of(), Usage.NONE, 1);
        }
    }

    static class InheritsConclusion extends Concluding {
    }

    @Test
    void anAgentWithTheDefaultConclusion_isNotAskedToConclude() {
        assertThat(AgentConclude.OVERRIDES_CONCLUDE.get(ItemsOnly.class)).isFalse();
    }

    @Test
    void anAgentThatConcludes_orInheritsAConclusion_isAsked() {
        assertThat(AgentConclude.OVERRIDES_CONCLUDE.get(Concluding.class)).isTrue();
        assertThat(AgentConclude.OVERRIDES_CONCLUDE.get(InheritsConclusion.class)).isTrue();
    }

    static ItemRecord record(String key, AgentStatus status, boolean retriable, String error, String problems) {
        return new ItemRecord(key, status, 1, status == AgentStatus.SUCCEEDED ? 1 : 0, 1, problems, error, retriable,
                1, Instant.EPOCH, Instant.EPOCH);
    }

    static Map<String, ItemRecord> records(ItemRecord... rs) {
        Map<String, ItemRecord> m = new HashMap<>();
        for (ItemRecord r : rs) {
            m.put(r.itemKey(), r);
        }
        return m;
    }

    @Test
    void verdict_everyItemSettled_succeeds() {
        AgentVerdict v = AgentConclude.verdict(List.of("a", "b"), records(record("a", AgentStatus.SUCCEEDED, false, "", ""),
                record("b", AgentStatus.NO_EVIDENCE, false, "", "")));
        assertThat(v).isEqualTo(new AgentVerdict(AgentStatus.SUCCEEDED, "", false));
    }

    @Test
    void verdict_everyItemSettled_butASourceSkipped_succeedsWithThatProblem() {
        AgentVerdict v = AgentConclude.verdict(List.of("a", "b"), records(record("a", AgentStatus.SUCCEEDED, false, "", ""),
                record("b", AgentStatus.NO_EVIDENCE, false, "", "b.csv: empty\npress/big.csv: file is 3 bytes")));
        assertThat(v.status()).isEqualTo(AgentStatus.SUCCEEDED);
        assertThat(v.problems()).containsExactly(new SourceProblem("b.csv", "empty"),
                new SourceProblem("press/big.csv", "file is 3 bytes"));
    }

    @Test
    void verdict_noItemHadEvidence_isNoEvidence_withTheProblems() {
        AgentVerdict v = AgentConclude.verdict(List.of("a", "b"), records(
                record("a", AgentStatus.NO_EVIDENCE, false, "", "a.csv: empty"),
                record("b", AgentStatus.NO_EVIDENCE, false, "", "")));
        assertThat(v).isEqualTo(new AgentVerdict(AgentStatus.NO_EVIDENCE, "a.csv: empty", false,
                List.of(new SourceProblem("a.csv", "empty"))));
        assertThat(AgentConclude.verdict(List.of("a"), records(record("a", AgentStatus.NO_EVIDENCE, false, "", "")))
                .error()).isEqualTo("no usable source in the input");
    }

    @Test
    void verdict_aFailedItem_givesTheWorstFailure_andItsError() {
        AgentVerdict v = AgentConclude.verdict(List.of("a", "b", "c"), records(
                record("a", AgentStatus.SUCCEEDED, false, "", ""),
                record("b", AgentStatus.FAILED, false, "parse error", ""),
                record("c", AgentStatus.TIMED_OUT, false, "", "")));
        assertThat(v.status()).isEqualTo(AgentStatus.TIMED_OUT);
        assertThat(v.error()).isEqualTo("1 of 3 item(s) analysed; 2 not: parse error");
        assertThat(v.retriable()).isFalse();
    }

    @Test
    void verdict_anItemThatNeverRan_isRetriable() {
        AgentVerdict v = AgentConclude.verdict(List.of("a", "b"), records(record("a", AgentStatus.SUCCEEDED, false, "", "")));
        assertThat(v).isEqualTo(new AgentVerdict(AgentStatus.FAILED,
                "1 of 2 item(s) analysed; 1 not: the step ended before analysing them", true));
    }

    @Test
    void verdict_aRetriableFailure_isRetriable() {
        AgentVerdict v = AgentConclude.verdict(List.of("a"), records(record("a", AgentStatus.FAILED, true, "429", "")));
        assertThat(v).isEqualTo(new AgentVerdict(AgentStatus.FAILED, "0 of 1 item(s) analysed; 1 not: 429", true));
    }

    @Test
    void verdict_afterTheAgentsDeadline_withItemsNotStarted_isTimedOut_andRetriable() {
        AgentVerdict v = AgentConclude.verdict(List.of("a", "b", "c"), records(record("a", AgentStatus.SUCCEEDED, false, "", "")),
                java.util.Optional.of(java.time.Duration.ofSeconds(5)));
        assertThat(v.status()).isEqualTo(AgentStatus.TIMED_OUT);
        assertThat(v.retriable()).isTrue();
        assertThat(v.error()).startsWith("did not finish within its deadline of PT5S: 1 of 3 item(s) analysed");
    }

    @Test
    void verdict_afterTheDeadline_withEveryItemSettled_stillSucceeds() {
        AgentVerdict v = AgentConclude.verdict(List.of("a"), records(record("a", AgentStatus.SUCCEEDED, false, "", "")),
                java.util.Optional.of(java.time.Duration.ofSeconds(5)));
        assertThat(v.status()).isEqualTo(AgentStatus.SUCCEEDED);
    }

    @Test
    void verdict_afterTheDeadline_budgetExceededStaysBudgetExceeded() {
        AgentVerdict v = AgentConclude.verdict(List.of("a", "b"), records(record("a", AgentStatus.BUDGET_EXCEEDED, false, "", "")),
                java.util.Optional.of(java.time.Duration.ofSeconds(5)));
        assertThat(v.status()).isEqualTo(AgentStatus.BUDGET_EXCEEDED);
    }
}
