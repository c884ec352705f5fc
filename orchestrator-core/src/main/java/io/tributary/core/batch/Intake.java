package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import io.tributary.api.finding.FindingGroup;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.api.policy.PolicyEvaluator;
import io.tributary.api.run.RunInput;
import io.tributary.api.run.RunIntake;
import io.tributary.api.synthesis.Synthesizer;
import io.tributary.core.config.Settings;
import io.tributary.core.policy.PolicyEvaluators;
import io.tributary.core.policy.RulePolicyEvaluator;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.RunRegistration;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import io.tributary.core.parameters.JobParameterCheck;
import io.tributary.core.parameters.JobParameterUse;
import io.tributary.core.parameters.JobParameterUses;
import java.util.Optional;
import jakarta.batch.runtime.BatchRuntime;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The first step of a job: hands the job's properties to the {@link RunIntake} bean named by the
 * job property {@value #INTAKE}, which makes the run's subject and input, checks the agents, the
 * policy, the finding groups and the synthesizer, then registers the run. Anything invalid fails
 * here, before an agent runs, with the job's exit status set to {@value #INVALID_INPUT} so that
 * launchers can tell bad input from a failed run, and the sentence saying what is wrong kept
 * with the step ({@link StepFailures}) for whoever reads the repository.
 */
@Named("intake")
@Dependent
public class Intake extends AbstractBatchlet {

    public static final String INVALID_INPUT = "INVALID_INPUT";
    /** The job property naming the job's {@link RunIntake} bean. */
    public static final String INTAKE = "intake";

    private static final Logger LOG = Logger.getLogger(Intake.class.getName());

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;
    @Inject
    ResultStore store;
    @Inject
    JobParameterUses parameterUses;
    @Inject
    Settings settings;
    @Inject
    io.tributary.core.tracing.Tracing tracing;
    @Inject
    @Any
    Instance<RunIntake> intakes;
    @Inject
    @Any
    Instance<Synthesizer> synthesizers;
    @Inject
    @Any
    Instance<PolicyEvaluator> evaluators;

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
            checkParameters();
            RunIntake intake = Beans.named(intakes, RunIntake.class, INTAKE,
                    props.find(INTAKE).orElseThrow(() -> new InvalidInputException("Job '" + jobContext.getJobName()
                            + "' has no job property '" + INTAKE + "' naming its intake (a CDI bean implementing "
                            + RunIntake.class.getName() + ")")));
            RunInput in = intake.open(props.asMap());
            FailurePolicy policy = props.policy(settings);
            String evaluator = PolicyEvaluators.name(props.asMap());
            Beans.named(evaluators, PolicyEvaluator.class, PolicyEvaluators.PROPERTY, evaluator);
            AgentSteps.callPolicy(props, settings);
            List<FindingGroup> groups = props.groups();
            SynthesisStep.checkSynthesizer(props, synthesizers, jobContext);
            ReportLocation.of(props, settings, jobContext.getJobName(), jobContext.getInstanceId());
            String declared = policy.describe()
                    + (evaluator.equals(RulePolicyEvaluator.NAME) ? "" : "; " + PolicyEvaluators.PROPERTY + "=" + evaluator);
            store.registerRun(new RunRegistration(jobContext.getInstanceId(), jobContext.getExecutionId(),
                    jobContext.getJobName(), in.subject(), in.input(), props.agents(), groups, declared,
                    Spans.traceId(tracing, jobContext), Spans.spanId(tracing, jobContext)),
                    !JobModel.mayBeRestart(jobContext));
            LOG.info(() -> "Run " + jobContext.getInstanceId() + ": " + in.subject().name() + ", agents "
                    + props.agents() + ", policy " + declared);
            return "REGISTERED";
        } catch (InvalidInputException e) {
            StepFailures.record(jobContext, stepContext, INVALID_INPUT, e.getMessage());
            throw e;
        }
    }

    /**
     * Checks this execution's parameters against its job XML (found as the batch runtime finds
     * it, {@code META-INF/batch-jobs/<job>.xml}); a job whose XML is elsewhere is not checked.
     */
    private void checkParameters() {
        String job = jobContext.getJobName();
        Optional<JobParameterUse> use = parameterUses.of(job, Thread.currentThread().getContextClassLoader());
        if (use.isEmpty()) {
            LOG.fine(() -> "Job XML of " + job + " not found as a resource; its parameters are not checked");
            return;
        }
        Properties parameters = JobModel.parameters(jobContext)
                .orElseGet(() -> BatchRuntime.getJobOperator().getParameters(jobContext.getExecutionId()));
        JobParameterCheck.check(job, use.get(), parameters == null ? new Properties() : parameters);
    }
}
