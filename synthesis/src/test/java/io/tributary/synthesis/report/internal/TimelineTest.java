package io.tributary.synthesis.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.agent.Usage;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Instant T0 = Instant.parse("2025-05-01T09:00:00Z");

    @Test
    void parallelAgents_overlapOnACommonAxisScaledToTheLastEnd() {
        // given: three agents started together, ending at 1 s, 2 s and 4 s
        var outcomes = List.of(outcome("financials", 0, 1000L), outcome("press", 0, 4000L),
                outcome("regulatory", 10, 2000L));

        // when
        var timeline = Timeline.of(outcomes, T0.plusSeconds(10));

        // then
        var bars = timeline.rows().stream().map(Timeline.Row::bar).toList();
        assertThat(bars).allSatisfy(bar -> assertThat(bar).isNotNull());
        var press = row(timeline, "press").bar();
        var financials = row(timeline, "financials").bar();
        assertThat(press.x()).isEqualTo(financials.x()).isEqualTo(timeline.chartLeft());
        assertThat(press.width()).isEqualTo(timeline.chartWidth());
        assertThat(financials.width()).isEqualTo(timeline.chartWidth() / 4.0);
        var regulatory = row(timeline, "regulatory").bar();
        assertThat(regulatory.x()).isLessThan(financials.x() + financials.width());
        assertThat(timeline.ticks()).extracting(Timeline.Tick::label)
                .containsExactly("0 ms", "1 s", "2 s", "3 s", "4 s");
        assertThat(timeline.spanText()).isEqualTo("4 s");
    }

    @Test
    void missingStartAndEnd_giveARowWithoutBarAndAnOpenBarToTheDecision() {
        // given: patents never started, leadership started and never recorded an end
        var outcomes = List.of(outcome("financials", 0, 1000L),
                new AgentOutcome("patents", "patents", AgentStatus.FAILED, 0, 0, 0, 0, null, null, Usage.NONE, 0,
                        "never ran", true, ""),
                outcome("leadership", 500, null));

        // when
        var timeline = Timeline.of(outcomes, T0.plusSeconds(2));

        // then
        assertThat(timeline.rows()).extracting(Timeline.Row::label).containsExactly("financials", "leadership", "patents");
        assertThat(row(timeline, "patents").bar()).isNull();
        assertThat(row(timeline, "patents").note()).isEqualTo("did not start");
        var open = row(timeline, "leadership").bar();
        assertThat(open.open()).isTrue();
        assertThat(open.x() + open.width()).isEqualTo(timeline.chartLeft() + timeline.chartWidth());
        assertThat(row(timeline, "leadership").note()).isEqualTo("no end recorded");
        assertThat(timeline.spanText()).isEqualTo("2 s");
        assertThat(row(timeline, "leadership").css()).isEqualTo("status-running");
    }

    @Test
    void noAgentStarted_drawsNoBarsAndNoTicks() {
        // given
        var outcomes = List.of(AgentOutcome.missing("financials"), AgentOutcome.missing("press"));

        // when
        var timeline = Timeline.of(outcomes, null);

        // then
        assertThat(timeline.rows()).hasSize(2).allSatisfy(row -> assertThat(row.bar()).isNull());
        assertThat(timeline.ticks()).isEmpty();
        assertThat(timeline.spanText()).isEqualTo("no agent started");
    }

    @Test
    void durations_readAsMillisecondsSecondsOrMinutes() {
        assertThat(Timeline.format(850)).isEqualTo("850 ms");
        assertThat(Timeline.format(1250)).isEqualTo("1.25 s");
        assertThat(Timeline.format(2000)).isEqualTo("2 s");
        assertThat(Timeline.format(12_500)).isEqualTo("12.5 s");
        assertThat(Timeline.format(192_000)).isEqualTo("3.2 min");
        assertThat(ReportFilters.usd(0.00042)).isEqualTo("$0.0004");
        assertThat(ReportFilters.usd(1234.5)).isEqualTo("$1,234.50");
        assertThat(ReportFilters.label("PROCEED_WITH_CONDITIONS")).isEqualTo("Proceed with conditions");
    }

    private static Timeline.Row row(Timeline timeline, String label) {
        return timeline.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static AgentOutcome outcome(String agent, long startMs, Long endMs) {
        return new AgentOutcome(agent, agent, endMs == null ? AgentStatus.RUNNING : AgentStatus.SUCCEEDED, 1, 1, 1, 1,
                T0.plusMillis(startMs), endMs == null ? null : T0.plusMillis(endMs), Usage.NONE, 0, "", false, "");
    }
}
