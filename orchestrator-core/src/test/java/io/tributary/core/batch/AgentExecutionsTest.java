package io.tributary.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AgentExecutionsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void deadline_isSetByTheFirstStepOfTheAgent_andSharedByTheLaterOnes() {
        AgentExecutions executions = new AgentExecutions();

        Instant first = executions.deadline(7, "press", T0, Duration.ofSeconds(5));
        Instant later = executions.deadline(7, "press", T0.plusSeconds(60), Duration.ofSeconds(5));

        assertThat(first).isEqualTo(T0.plusSeconds(5));
        assertThat(later).isEqualTo(first);
        assertThat(executions.deadline(7, "financials", T0.plusSeconds(60), Duration.ofSeconds(5)))
                .isEqualTo(T0.plusSeconds(65));
    }

    @Test
    void anotherExecution_ofTheSameAgent_getsItsOwnDeadline() {
        AgentExecutions executions = new AgentExecutions();
        executions.deadline(7, "press", T0, Duration.ofSeconds(5));

        assertThat(executions.deadline(8, "press", T0.plusSeconds(60), Duration.ofSeconds(5)))
                .isEqualTo(T0.plusSeconds(65));
    }

    @Test
    void items_areListedOncePerExecutionAndApproach_andForgottenWithTheExecution() {
        AgentExecutions executions = new AgentExecutions();
        AtomicInteger listings = new AtomicInteger();

        for (int partition = 0; partition < 100; partition++) {
            executions.items(7, "press", "press", () -> List.of("item-" + listings.incrementAndGet()));
        }
        executions.items(7, "press", "press-lexicon", () -> List.of("item-" + listings.incrementAndGet()));
        assertThat(listings).hasValue(2);

        executions.forget(7);
        assertThat(executions.deadline(7, "press")).isEmpty();
        assertThat(executions.items(7, "press", "press", () -> List.of("again"))).containsExactly("again");
    }
}
