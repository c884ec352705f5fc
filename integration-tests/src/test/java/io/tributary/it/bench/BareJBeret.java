package io.tributary.it.bench;

import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import io.tributary.it.support.ScriptedAgent;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.Decider;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The artifacts of {@code it-five-bare}: the benchmark's job shape on JBeret alone. The agent step
 * reads one item, calls the same {@link ScriptedAgent} as every other variant on the batch thread
 * and keeps nothing; the decision always proceeds. What this costs over the ideal is JBeret's own
 * share (its JDBC job repository, threads and contexts), the floor under Tributary's figures.
 */
final class BareJBeret {

    static final String JOB = "it-five-bare";

    private BareJBeret() {
    }

    /** One work item per agent step. */
    @Named("bareReader")
    @Dependent
    public static class Reader extends AbstractItemReader {
        private boolean read;

        @Override
        public void open(Serializable checkpoint) {
            read = checkpoint != null;
        }

        @Override
        public Object readItem() {
            if (read) {
                return null;
            }
            read = true;
            return AgentTask.WHOLE;
        }

        @Override
        public Serializable checkpointInfo() {
            return read ? Boolean.TRUE : null;
        }
    }

    /** Calls the scripted agent with the step's latency and tokens. */
    @Named("bareProcessor")
    @Dependent
    public static class Processor implements ItemProcessor {
        @Inject
        JobContext job;
        @Inject
        StepContext step;
        @Inject
        ScriptedAgent agent;

        @Override
        public Object processItem(Object item) {
            return call(agent, job, step, (String) item);
        }
    }

    /** Calls the scripted agent for {@code item} with the latency and tokens of the step's properties. */
    static AgentResult call(ScriptedAgent agent, JobContext job, StepContext step, String item) {
        Properties p = step.getProperties();
        String dossier = job.getProperties().getProperty("dossier", "");
        return agent.analyse(new AgentTask(job.getInstanceId(), p.getProperty("agent"), "scripted",
                Subject.of("bench", "Bench"), new AgentInput.Directory(Path.of(dossier)), item,
                Map.of("script.sleepMs", p.getProperty("script.sleepMs", "0"),
                        "script.tokens", p.getProperty("script.tokens", "0")),
                Instant.now().plusSeconds(60)));
    }

    /** Keeps nothing; fails the step when the agent did not deliver its one finding. */
    @Named("bareWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {
        @Override
        public void writeItems(List<Object> items) {
            items.forEach(i -> Baselines.requireFindings((AgentResult) i));
        }
    }

    /** The intake and concluding steps: nothing to do. */
    @Named("bareConclude")
    @Dependent
    public static class Nothing extends AbstractBatchlet {
        @Override
        public String process() {
            return "DONE";
        }
    }

    /** Proceeds, as the policy would with every agent delivered. */
    @Named("bareDecider")
    @Dependent
    public static class Proceed implements Decider {
        @Inject
        JobContext job;

        @Override
        public String decide(StepExecution[] executions) {
            job.setExitStatus("PROCEED");
            return "PROCEED";
        }
    }
}
