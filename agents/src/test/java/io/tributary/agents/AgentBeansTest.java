package io.tributary.agents;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.financials.FinancialsAgent;
import io.tributary.agents.leadership.LeadershipAgent;
import io.tributary.agents.regulatory.KeywordRegulatoryAgent;
import io.tributary.agents.regulatory.RegulatoryAgent;
import io.tributary.api.agent.Agent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentBeansTest {

    @Test
    void secAgents_areApplicationScopedBeansNamedForJobXml() {
        Map<Class<? extends Agent>, String> agents = Map.of(FinancialsAgent.class, "financials",
                RegulatoryAgent.class, "regulatory", KeywordRegulatoryAgent.class, "regulatory-keywords",
                LeadershipAgent.class, "leadership");
        agents.forEach((type, name) -> {
            assertThat(type.getAnnotation(Named.class)).as(type.getSimpleName()).isNotNull()
                    .extracting(Named::value).isEqualTo(name);
            assertThat(type.isAnnotationPresent(ApplicationScoped.class)).as(type.getSimpleName()).isTrue();
        });
    }
}
