package io.tributary.it.bench;

import dev.langchain4j.agentic.Agent;
import dev.langchain4j.agentic.AgenticServices;
import dev.langchain4j.agentic.UntypedAgent;
import dev.langchain4j.service.V;
import io.tributary.api.agent.AgentResult;
import io.tributary.it.support.ScriptedAgent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The five agents as non-AI sub-agents of LangChain4j's parallel workflow
 * ({@code AgenticServices.parallelBuilder()}), on the same executor as the ideal fan-out. Each
 * sub-agent writes its result to the workflow's scope under its role; the workflow's output
 * collects the five.
 */
final class LangChain4jParallel implements Variant {

    private final UntypedAgent workflow;
    private final List<Path> dossiers;

    LangChain4jParallel(FiveAgents shape, List<Path> dossiers, ExecutorService executor) {
        this.dossiers = dossiers;
        ScriptedAgent agent = new ScriptedAgent();
        this.workflow = AgenticServices.parallelBuilder()
                .subAgents(new Financials(shape, agent), new Press(shape, agent), new Regulatory(shape, agent),
                        new Patents(shape, agent), new Leadership(shape, agent))
                .executor(executor)
                .output(scope -> FiveAgents.ROLES.stream().map(scope::readState).toList())
                .build();
    }

    @Override
    public String name() {
        return "LangChain4j parallel";
    }

    @Override
    public void runJob(int slot) {
        Object out = workflow.invoke(Map.of("dossier", dossiers.get(slot % dossiers.size()).toString(), "slot", slot));
        List<?> results = (List<?>) out;
        if (results.size() != FiveAgents.ROLES.size()) {
            throw new IllegalStateException("the workflow returned " + results.size() + " results, expected 5");
        }
        results.forEach(r -> Baselines.requireFindings((AgentResult) r));
    }

    /** What the five sub-agents share: calling the scripted agent in their role. */
    abstract static class Role {
        private final FiveAgents shape;
        private final ScriptedAgent agent;
        private final int index;

        Role(FiveAgents shape, ScriptedAgent agent, int index) {
            this.shape = shape;
            this.agent = agent;
            this.index = index;
        }

        AgentResult call(String dossier, int slot) {
            return shape.call(agent, index, Path.of(dossier), slot);
        }
    }

    public static final class Financials extends Role {
        Financials(FiveAgents shape, ScriptedAgent agent) {
            super(shape, agent, 0);
        }

        @Agent(name = "financials", outputKey = "financials")
        public AgentResult analyse(@V("dossier") String dossier, @V("slot") int slot) {
            return call(dossier, slot);
        }
    }

    public static final class Press extends Role {
        Press(FiveAgents shape, ScriptedAgent agent) {
            super(shape, agent, 1);
        }

        @Agent(name = "press", outputKey = "press")
        public AgentResult analyse(@V("dossier") String dossier, @V("slot") int slot) {
            return call(dossier, slot);
        }
    }

    public static final class Regulatory extends Role {
        Regulatory(FiveAgents shape, ScriptedAgent agent) {
            super(shape, agent, 2);
        }

        @Agent(name = "regulatory", outputKey = "regulatory")
        public AgentResult analyse(@V("dossier") String dossier, @V("slot") int slot) {
            return call(dossier, slot);
        }
    }

    public static final class Patents extends Role {
        Patents(FiveAgents shape, ScriptedAgent agent) {
            super(shape, agent, 3);
        }

        @Agent(name = "patents", outputKey = "patents")
        public AgentResult analyse(@V("dossier") String dossier, @V("slot") int slot) {
            return call(dossier, slot);
        }
    }

    public static final class Leadership extends Role {
        Leadership(FiveAgents shape, ScriptedAgent agent) {
            super(shape, agent, 4);
        }

        @Agent(name = "leadership", outputKey = "leadership")
        public AgentResult analyse(@V("dossier") String dossier, @V("slot") int slot) {
            return call(dossier, slot);
        }
    }
}
