package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.Assessment;
import io.tributary.api.synthesis.Synthesizer;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Consolidates what the run's agents delivered: reads the run from the store and hands it to the
 * {@link Synthesizer} bean named by the {@code synthesizer} property, then records the
 * recommendation.
 */
@Named("synthesis")
@Dependent
public class SynthesisStep extends AbstractBatchlet {

    public static final String SYNTHESIZER = "synthesizer";
    public static final String DEFAULT_SYNTHESIZER = "due-diligence";

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
            String name = JobSettings.of(jobContext, stepContext).get(SYNTHESIZER, DEFAULT_SYNTHESIZER);
            Assessment assessment = synthesise(store, synthesizers, name, jobContext);
            // handed to the report step of this execution, which would otherwise synthesise again
            jobContext.setTransientUserData(assessment);
            Spans.end(span, assessment.recommendation().name(), false);
            return assessment.recommendation().name();
        } catch (RuntimeException e) {
            Spans.end(span, e.getMessage(), true);
            throw e;
        }
    }

    static Assessment synthesise(ResultStore store, Instance<Synthesizer> synthesizers, String name, JobContext job) {
        Instance<Synthesizer> named = synthesizers.select(NamedLiteral.of(name));
        if (named.isUnsatisfied()) {
            throw new InvalidInputException("No synthesizer named '" + name + "' (a CDI bean implementing "
                    + Synthesizer.class.getName() + " with @Named(\"" + name + "\"))");
        }
        RunSnapshot run = store.snapshot(job.getInstanceId(), job.getExecutionId());
        return named.get().synthesise(run);
    }
}
