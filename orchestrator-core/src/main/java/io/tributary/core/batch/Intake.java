package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.Target;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.core.config.Settings;
import io.tributary.core.policy.PolicyParser;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.RunRegistration;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The first step of a job: checks the dossier, the agents and the policy, then registers the
 * run. Anything invalid fails here, before an agent runs, with the job's exit status set to
 * {@value #INVALID_INPUT} so that launchers can tell bad input from a failed run.
 */
@Named("intake")
@Dependent
public class Intake extends AbstractBatchlet {

    public static final String INVALID_INPUT = "INVALID_INPUT";
    public static final String DOSSIER = "dossier";

    private static final Logger LOG = Logger.getLogger(Intake.class.getName());

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;
    @Inject
    ResultStore store;
    @Inject
    Settings settings;
    @Inject
    io.tributary.core.tracing.Tracing tracing;

    @Override
    public String process() {
        var span = Spans.step(tracing, "intake", jobContext, stepContext, "", "");
        try {
            String result = register();
            Spans.end(span, result, false);
            return result;
        } catch (RuntimeException e) {
            Spans.end(span, e.getMessage(), true);
            throw e;
        }
    }

    private String register() {
        JobSettings props = JobSettings.of(jobContext, stepContext);
        try {
            Path dossier = dossier(props);
            Target target = DossierTarget.read(dossier);
            FailurePolicy policy = PolicyParser.parse(props.asMap(), props.agents());
            AgentSteps.callPolicy(props, settings);
            store.registerRun(new RunRegistration(jobContext.getInstanceId(), jobContext.getExecutionId(),
                    jobContext.getJobName(), target, dossier, props.agents(), policy.toString(),
                    Spans.traceId(tracing, jobContext), Spans.spanId(tracing, jobContext)));
            LOG.info(() -> "Run " + jobContext.getInstanceId() + ": " + target.name() + ", agents "
                    + props.agents() + ", policy " + policy);
            return "REGISTERED";
        } catch (InvalidInputException e) {
            jobContext.setExitStatus(INVALID_INPUT);
            stepContext.setExitStatus(INVALID_INPUT);
            throw e;
        }
    }

    private static Path dossier(JobSettings props) {
        String raw = props.find(DOSSIER).orElseThrow(() -> new InvalidInputException(
                "Job parameter 'dossier' is required: the path of the dossier directory (dossier=/path/to/dossier)"));
        try {
            return Path.of(raw).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidInputException("Job parameter 'dossier' is not a valid path: '" + raw + "'", e);
        }
    }
}
