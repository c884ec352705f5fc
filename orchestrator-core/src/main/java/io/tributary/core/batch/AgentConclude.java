package io.tributary.core.batch;

import io.tributary.api.RetriableException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.finding.Finding;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.api.policy.OnQuorum;
import io.tributary.core.agent.RunSignals;
import io.tributary.core.config.Settings;
import io.tributary.core.policy.PolicyParser;
import io.tributary.core.policy.RulePolicyEvaluator;
import io.tributary.core.store.AgentVerdict;
import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.ItemRecord;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Ends an agent's part of a run: works out its outcome from the items the store holds (every
 * planned item settled, or which are missing and why), asks the agent to conclude across its
 * items once, and records the outcome. It records failures rather than throwing them: inside a
 * split, a failed step would end the whole job before the policy could weigh it.
 *
 * <p>As a batchlet it is the conclusion step of the older two-step agent flow (an agent step
 * moving on with {@code <next on="*">} to a step {@code <role>-conclude}); the step listener
 * {@link AgentConclusion} runs the same conclusion inside the agent's own step.
 */
@Named("agentConclude")
@Dependent
public class AgentConclude extends AbstractBatchlet {

    /** The pseudo item under which an agent's conclusions are committed. */
    public static final String CONCLUSION = "#conclusion";
    /** Step property: the approaches to conclude, when a partitioned step ran several. */
    public static final String APPROACHES = "approaches";

    private static final Logger LOG = Logger.getLogger(AgentConclude.class.getName());

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;
    @Inject
    ResultStore store;
    @Inject
    Settings settings;
    @Inject
    Clock clock;
    @Inject
    @Any
    Instance<Agent> agents;
    @Inject
    RunSignals signals;
    @Inject
    AgentExecutions executions;
    @Inject
    io.tributary.core.tracing.Tracing tracing;

    @Override
    public String process() {
        JobSettings props = JobSettings.of(jobContext, stepContext);
        List<String> approaches = List.copyOf(PolicyParser.names(props.get(APPROACHES, "")));
        if (approaches.isEmpty() && props.find(APPROACHES).isEmpty() && isPartitionedConclusion(props)) {
            approaches = List.copyOf(PolicyParser.names(props.get(AgentSteps.APPROACH, "")));
        }
        return concludeAll(approaches);
    }

    /**
     * Concludes each of {@code approaches} (the step's own approach when empty), sets the step's
     * exit status to the best outcome among them and returns it.
     */
    String concludeAll(List<String> approaches) {
        AgentStatus best = null;
        for (String approach : approaches.isEmpty() ? java.util.Collections.<String>singletonList(null) : approaches) {
            AgentStatus status = concludeApproach(approach);
            if (best == null || status.ordinal() < best.ordinal()) {
                best = status;
            }
        }
        if (best == AgentStatus.SUCCEEDED) {
            cancelStragglersIfMet(jobContext.getInstanceId());
        }
        stepContext.setExitStatus(best.name());
        return best.name();
    }

    /** A conclusion step of a partitioned role carries an {@code approaches} property, empty when not given. */
    private boolean isPartitionedConclusion(JobSettings props) {
        return stepContext.getProperties() != null && stepContext.getProperties().containsKey(APPROACHES);
    }

    /** Concludes one approach of the agent (the step's own when {@code approach} is null). */
    private AgentStatus concludeApproach(String approach) {
        JobSettings props = JobSettings.of(jobContext, stepContext);
        String role = props.get(AgentSteps.AGENT, stepContext.getStepName());
        var span = Spans.step(tracing, "conclude " + role, jobContext, stepContext, role,
                approach != null ? approach : AgentSteps.stepApproach(props, role));
        AgentStatus status = concludeApproachTraced(approach);
        Spans.end(span, status.name(), status == AgentStatus.FAILED);
        return status;
    }

    private AgentStatus concludeApproachTraced(String approach) {
        AgentSteps steps;
        try {
            steps = AgentSteps.open(jobContext, stepContext, store, settings, agents, executions, clock.instant(),
                    approach);
        } catch (RuntimeException e) {
            return recordUnopened(e, approach);
        }
        Optional<AgentStatus> recorded = executions.finished(steps.step().executionId(), steps.task().agent(),
                steps.task().approach());
        if (recorded.isPresent()) {
            return recorded.get(); // its writer recorded the outcome with its last items
        }
        try {
            return conclude(steps);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Concluding agent " + steps.task().agent() + " failed");
            finish(steps, AgentStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    e instanceof RetriableException);
            return AgentStatus.FAILED;
        }
    }

    /**
     * Once enough agents delivered to meet the policy, and the policy says not to wait for the
     * rest, gives the agents still running the grace period and then cancels them.
     */
    private void cancelStragglersIfMet(long runId) {
        JobSettings props = JobSettings.of(jobContext, stepContext);
        FailurePolicy policy = props.policy(settings);
        if (!(policy.settings().onQuorum() instanceof OnQuorum.CancelAfter cancel)) {
            return;
        }
        Set<String> delivered = store.outcomes(runId).stream().filter(o -> o.status().delivered())
                .map(o -> o.agent()).collect(Collectors.toSet());
        if (RulePolicyEvaluator.met(policy, delivered, props.agents().size())) {
            Instant at = clock.instant().plus(cancel.grace());
            signals.cancelStragglers(runId, at);
            LOG.info(() -> "Run " + runId + ": policy met by " + delivered + "; agents still running are cancelled at " + at);
        }
    }

    /**
     * Works out the agent's outcome from its items and records it in one store transaction. An
     * agent that concludes across its items first has its conclusion committed, once all its items
     * are settled and not all of them lacked evidence.
     */
    private AgentStatus conclude(AgentSteps steps) {
        List<String> planned = steps.items(executions);
        Optional<Duration> timedOut = steps.pastDeadline(clock.instant()) ? Optional.of(steps.policy().timeout())
                : Optional.empty();
        if (steps.concludes()) {
            Map<String, ItemRecord> records = byKey(store.items(steps.task().runId(), steps.task().agent(),
                    steps.task().approach()));
            ItemRecord done = records.get(CONCLUSION);
            if (verdict(planned, records, timedOut).status() == AgentStatus.SUCCEEDED && (done == null || !done.settled())) {
                commitConclusion(steps);
            }
        }
        return store.finishAgent(steps.task().runId(), steps.task().agent(), steps.task().approach(),
                items -> verdict(planned, byKey(items), timedOut), clock.instant()).status();
    }

    static Map<String, ItemRecord> byKey(List<ItemRecord> items) {
        return items.stream().collect(Collectors.toMap(ItemRecord::itemKey, Function.identity(), (a, b) -> b));
    }

    /**
     * What the items say about the agent: every planned item settled with evidence somewhere is
     * success; all of them without evidence is {@code NO_EVIDENCE}; otherwise the worst failure
     * among the unsettled items, retriable if any of them is (or never ran).
     */
    static AgentVerdict verdict(List<String> planned, Map<String, ItemRecord> records) {
        return verdict(planned, records, Optional.empty());
    }

    /**
     * As {@link #verdict(List, Map)}, for an agent whose deadline of {@code timedOut} passed in
     * this execution: unsettled items then make it TIMED_OUT (retriable: a restart resumes the
     * items not started), unless the run's budget or its cancellation stopped it.
     */
    static AgentVerdict verdict(List<String> planned, Map<String, ItemRecord> records, Optional<Duration> timedOut) {
        AgentVerdict verdict = itemsVerdict(planned, records);
        if (timedOut.isPresent() && (verdict.status() == AgentStatus.FAILED || verdict.status() == AgentStatus.TIMED_OUT)) {
            verdict = new AgentVerdict(AgentStatus.TIMED_OUT, "did not finish within its deadline of " + timedOut.get()
                    + ": " + verdict.error(), true);
        }
        List<SourceProblem> problems = planned.stream().map(records::get).filter(r -> r != null)
                .flatMap(r -> r.sourceProblems().stream()).distinct().toList();
        return new AgentVerdict(verdict.status(), verdict.error(), verdict.retriable(), problems);
    }

    private static AgentVerdict itemsVerdict(List<String> planned, Map<String, ItemRecord> records) {
        List<String> unsettled = planned.stream().filter(i -> records.get(i) == null || !records.get(i).settled()).toList();
        if (!unsettled.isEmpty()) {
            List<ItemRecord> failed = unsettled.stream().map(records::get).filter(r -> r != null).toList();
            boolean retriable = failed.size() < unsettled.size() || failed.stream().anyMatch(ItemRecord::retriable);
            String first = failed.stream().map(ItemRecord::error).filter(e -> !e.isBlank()).findFirst()
                    .orElse("the step ended before analysing them");
            return new AgentVerdict(worst(failed), (planned.size() - unsettled.size()) + " of " + planned.size()
                    + " item(s) analysed; " + unsettled.size() + " not: " + first, retriable);
        }
        if (planned.stream().allMatch(i -> records.get(i).status() == AgentStatus.NO_EVIDENCE)) {
            String problems = planned.stream().map(i -> records.get(i).problems()).filter(p -> !p.isBlank())
                    .collect(Collectors.joining("; "));
            return new AgentVerdict(AgentStatus.NO_EVIDENCE, problems.isEmpty() ? "no usable source in the input"
                    : problems, false);
        }
        return new AgentVerdict(AgentStatus.SUCCEEDED, "", false);
    }

    /**
     * True when the agent bean concludes across its items itself. One whose class keeps the
     * default {@link Agent#conclude} adds nothing to its items, so its findings need not be read
     * back and no conclusion is committed. The class comes from the bean's types, which name the
     * agent's own class (never a container's proxy); a bean whose types name no such class (a
     * producer typed by the interface) is taken to conclude.
     */
    static boolean concludes(Bean<?> bean) {
        return bean.getTypes().stream()
                .filter(t -> t instanceof Class<?> c && !c.isInterface() && Agent.class.isAssignableFrom(c))
                .map(t -> (Class<?>) t)
                .reduce((a, b) -> a.isAssignableFrom(b) ? b : a)
                .map(OVERRIDES_CONCLUDE::get)
                .orElse(true);
    }

    /** True when {@code type} or a superclass below {@link Agent} declares {@code conclude}. */
    static final ClassValue<Boolean> OVERRIDES_CONCLUDE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    c.getDeclaredMethod("conclude", io.tributary.api.agent.AgentTask.class, List.class);
                    return true;
                } catch (NoSuchMethodException e) {
                    // not declared here: look at the superclass
                }
            }
            return false;
        }
    };

    private void commitConclusion(AgentSteps steps) {
        List<Finding> itemFindings = store.findings(steps.task().runId(), steps.task().agent(), steps.task().approach())
                .stream().map(StoredFinding::finding).toList();
        Instant start = clock.instant();
        AgentResult result = steps.agent().conclude(steps.task(), itemFindings);
        AgentStatus status = result.findings().isEmpty() && result.hasNoEvidence() ? AgentStatus.NO_EVIDENCE : AgentStatus.SUCCEEDED;
        store.commitItems(steps.task().runId(), steps.task().agent(), steps.task().approach(),
                List.of(new ItemCommit(CONCLUSION, status, result, 1, "", false, start, clock.instant())), steps.step());
    }

    private static AgentStatus worst(List<ItemRecord> failed) {
        for (AgentStatus s : List.of(AgentStatus.BUDGET_EXCEEDED, AgentStatus.CANCELLED, AgentStatus.TIMED_OUT)) {
            if (failed.stream().anyMatch(r -> r.status() == s)) {
                return s;
            }
        }
        return AgentStatus.FAILED;
    }

    private void finish(AgentSteps steps, AgentStatus status, String error, boolean retriable) {
        store.finishAgent(steps.task().runId(), steps.task().agent(), steps.task().approach(), status, error, retriable,
                clock.instant());
    }

    /** The step could not even be set up (no such agent, run not registered): record that as a failure. */
    private AgentStatus recordUnopened(RuntimeException e, String approachOverride) {
        LOG.log(Level.SEVERE, e, () -> "Agent step " + stepContext.getStepName() + " could not start");
        JobSettings props = JobSettings.of(jobContext, stepContext);
        String role = props.get(AgentSteps.AGENT, stepContext.getStepName());
        String approach = approachOverride != null ? approachOverride : AgentSteps.stepApproach(props, role);
        if (store.run(jobContext.getInstanceId()).isPresent()) {
            store.finishAgent(jobContext.getInstanceId(), role, approach, AgentStatus.FAILED, e.getMessage(), false,
                    clock.instant());
        }
        return AgentStatus.FAILED;
    }
}
