package io.tributary.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Finding;
import java.util.List;
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
}
