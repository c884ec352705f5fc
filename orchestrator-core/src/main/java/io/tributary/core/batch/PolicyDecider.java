package io.tributary.core.batch;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.policy.ReviewContext;
import io.tributary.api.policy.ReviewContext.Verdict;
import io.tributary.api.policy.PolicyEvaluator;
import io.tributary.core.policy.PolicyEvaluators;
import io.tributary.core.config.Settings;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.Decider;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import io.tributary.api.synthesis.ReportWriter;
import io.tributary.api.synthesis.Synthesis;
import io.tributary.api.synthesis.Synthesizer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the run's partial-failure policy. Takes every agent's outcome from the store (after a
 * split JBeret passes only each flow's last step, so the step array is not the truth; the store
 * answers from what it committed when it wrote every outcome of the run itself), decides,
 * records the decision with its inputs and reason, and returns it as the exit status that job
 * XML routes on: PROCEED, DEGRADED, RETRY, ESCALATE or FAIL. The job's exit status becomes the
 * decision too, so a run with a missing agent never ends as a plain COMPLETED.
 *
 * <p>The decision comes from the {@link PolicyEvaluator} bean the job names in its
 * {@value PolicyEvaluators#PROPERTY} property (default: the rule-based evaluator); whichever
 * decides, its decision is stored and routed the same way.
 *
 * <p>A job asked to stop ({@code JobOperator.stop}, SIGTERM to the launcher) reaches the decision
 * anyway: JBeret ends a stopped step inside a split's flow without stopping the flow. No decision
 * is made on agents that were interrupted: the decider returns {@value #STOP_REQUESTED}, which job
 * XML routes to {@code <stop on="STOPPED" restart="<split>"/>}, and records nothing.
 */
@Named("policyDecider")
@Dependent
public class PolicyDecider implements Decider {

    public static final String REVIEW = "review";
    public static final String REVIEWER = "reviewer";
    public static final String REVIEW_NOTE = "reviewNote";
    public static final String STOP_REQUESTED = "STOPPED";

    private static final Logger LOG = Logger.getLogger(PolicyDecider.class.getName());

    @Inject
    JobContext jobContext;
    @Inject
    ResultStore store;
    @Inject
    Settings settings;
    @Inject
    @Any
    Instance<PolicyEvaluator> evaluators;
    @Inject
    io.tributary.core.tracing.Tracing tracing;
    @Inject
    @Any
    Instance<Synthesizer> synthesizers;
    @Inject
    @Any
    Instance<ReportWriter> writers;

    @Override
    public String decide(StepExecution[] executions) {
        var span = Spans.step(tracing, "policy", jobContext, null, "", "");
        try {
            String decision = decideTraced();
            Spans.end(span, decision, decision.equals(Decision.FAIL.name()));
            return decision;
        } catch (RuntimeException e) {
            Spans.end(span, e.getMessage(), true);
            throw e;
        }
    }

    private String decideTraced() {
        JobSettings props = JobSettings.of(jobContext, null);
        long runId = jobContext.getInstanceId();
        if (jobContext.getBatchStatus() == BatchStatus.STOPPING) {
            LOG.info(() -> "Run " + runId + ": stop requested before the policy decision; nothing decided");
            jobContext.setExitStatus(STOP_REQUESTED);
            return STOP_REQUESTED;
        }
        List<String> agents = props.agents();
        FailurePolicy policy = props.policy(settings);
        List<AgentOutcome> outcomes = outcomesOf(runId, agents);
        // decisions are stored by executions of the run, so a first execution has none before this one
        List<PolicyDecision> earlier = JobModel.mayBeRestart(jobContext) ? store.decisions(runId) : List.of();
        int retries = (int) earlier.stream().filter(d -> d.outcome() == Decision.RETRY).count();
        ReviewContext review = review(props, retries, earlier);
        String evaluator = PolicyEvaluators.name(props.asMap());
        PolicyDecision decision = java.util.Objects.requireNonNull(
                Beans.named(evaluators, PolicyEvaluator.class, PolicyEvaluators.PROPERTY, evaluator)
                        .decide(policy, outcomes, review),
                () -> "Policy evaluator '" + evaluator + "' returned no decision");
        store.recordDecision(runId, jobContext.getExecutionId(), decision);
        LOG.info(() -> "Run " + runId + " decision " + decision.outcome() + " by " + evaluator + ": " + decision.reason());
        if (decision.outcome() == Decision.RETRY || decision.outcome() == Decision.ESCALATE) {
            reviewPacket(props, decision);
        }
        jobContext.setExitStatus(decision.outcome().name());
        return decision.outcome().name();
    }

    /**
     * When the run stops for a person (ESCALATE) or for a retry, writes the provisional report of
     * what arrived into the run's report directory, so the reviewer reads before deciding. A job
     * that names no synthesizer has nothing to write. The decision stands whether or not the
     * packet could be written; a failure to write it is logged with its cause.
     */
    private void reviewPacket(JobSettings props, PolicyDecision decision) {
        if (props.find(SynthesisStep.SYNTHESIZER).isEmpty() || writers.isUnsatisfied()) {
            return;
        }
        try {
            Synthesis synthesis = SynthesisStep.synthesise(store, synthesizers, props, jobContext);
            List<Path> written = ReportStep.write(synthesis, props, jobContext, store, settings, writers);
            LOG.info(() -> "Run " + jobContext.getInstanceId() + " stopped for " + decision.outcome()
                    + "; provisional report for review: " + written);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Run " + jobContext.getInstanceId() + " stopped for " + decision.outcome()
                    + " but its provisional report could not be written: " + e.getMessage(), e);
        }
    }

    /** One outcome per agent role: the best of its approaches; an agent with no record never ran. */
    private List<AgentOutcome> outcomesOf(long runId, List<String> agents) {
        List<AgentOutcome> stored = store.outcomes(runId, jobContext.getExecutionId());
        List<AgentOutcome> result = new ArrayList<>();
        for (String agent : agents) {
            Optional<AgentOutcome> best = stored.stream().filter(o -> o.agent().equals(agent))
                    .min(Comparator.comparingInt(o -> rank(o.status())));
            result.add(best.orElse(AgentOutcome.missing(agent)));
        }
        return result;
    }

    private static int rank(AgentStatus status) {
        return status == AgentStatus.SUCCEEDED ? 0 : status == AgentStatus.NO_EVIDENCE ? 1 : 2;
    }

    /** A reviewer's verdict counts only once the run has escalated. */
    private static ReviewContext review(JobSettings props, int retries, List<PolicyDecision> earlier) {
        boolean escalated = !earlier.isEmpty() && earlier.get(earlier.size() - 1).outcome() == Decision.ESCALATE;
        Optional<String> verdict = props.find(REVIEW);
        if (!escalated || verdict.isEmpty()) {
            return ReviewContext.none(retries);
        }
        Verdict v;
        switch (verdict.get().toLowerCase(Locale.ROOT)) {
            case "accept" -> v = Verdict.ACCEPT;
            case "reject" -> v = Verdict.REJECT;
            default -> throw new io.tributary.api.InvalidInputException(
                    "review must be accept or reject, was '" + verdict.get() + "'");
        }
        return new ReviewContext(retries, Optional.of(v), props.get(REVIEWER, System.getProperty("user.name", "")),
                props.get(REVIEW_NOTE, ""));
    }
}
