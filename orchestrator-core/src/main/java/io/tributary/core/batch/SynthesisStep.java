package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.Synthesis;
import io.tributary.api.synthesis.Synthesizer;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Consolidates what the run's agents delivered: reads the run from the store and hands it to the
 * {@link Synthesizer} bean named by the job property {@value #SYNTHESIZER} (there is no default;
 * intake checks the name), then ends with the synthesis verdict as its exit status.
 */
@Named("synthesis")
@Dependent
public class SynthesisStep extends AbstractBatchlet {

    /** The job property naming the job's {@link Synthesizer} bean. */
    public static final String SYNTHESIZER = "synthesizer";

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;
    @Inject
    ResultStore store;
    @Inject
    io.tributary.core.tracing.Tracing tracing;
    @Inject
    @Any
    Instance<Synthesizer> synthesizers;

    @Override
    public String process() {
        var span = Spans.step(tracing, "synthesis", jobContext, stepContext, "", "");
        try {
            Synthesis synthesis = synthesise(store, synthesizers, JobSettings.of(jobContext, stepContext), jobContext);
            // handed to the report step of this execution, which would otherwise synthesise again
            jobContext.setTransientUserData(synthesis);
            Spans.end(span, synthesis.verdict(), false);
            return synthesis.verdict();
        } catch (RuntimeException e) {
            Spans.end(span, e.getMessage(), true);
            throw e;
        }
    }

    static Synthesis synthesise(ResultStore store, Instance<Synthesizer> synthesizers, JobSettings props,
            JobContext job) {
        Synthesizer synthesizer = Beans.named(synthesizers, Synthesizer.class, SYNTHESIZER, name(props, job));
        RunSnapshot run = store.snapshot(job.getInstanceId(), job.getExecutionId());
        return synthesizer.synthesise(run);
    }

    /**
     * Checks, at intake, that a job that synthesises names an installed synthesizer, and that a
     * name given is one.
     */
    static void checkSynthesizer(JobSettings props, Instance<Synthesizer> synthesizers, JobContext job) {
        Optional<String> name = props.find(SYNTHESIZER);
        if (name.isPresent()) {
            Beans.named(synthesizers, Synthesizer.class, SYNTHESIZER, name.get());
        } else if (JobModel.runsBatchlet(job, "synthesis") || JobModel.runsBatchlet(job, "report")) {
            name(props, job);
        }
    }

    private static String name(JobSettings props, JobContext job) {
        return props.find(SYNTHESIZER).orElseThrow(() -> new InvalidInputException("Job '" + job.getJobName()
                + "' has a synthesis or report step but no job property '" + SYNTHESIZER + "' naming its"
                + " synthesizer (a CDI bean implementing " + Synthesizer.class.getName() + ")"));
    }
}
