package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.Agent;
import io.tributary.core.config.Settings;
import io.tributary.core.policy.PolicyParser;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Splits an agent step into partitions decided by the input: the agent's work items (documents,
 * batches of headlines) cut into groups of {@code itemsPerPartition}, once per approach in
 * {@code approaches} (so several approaches can analyse the same input side by side; without it,
 * the one {@code approach}, by default the role's own agent). At most
 * {@code maxPartitions} partitions run at once, whatever the input size. An approach plans at
 * most {@value #PLANNED_PER_THREAD} partitions per thread: beyond that its partitions take more
 * items each, since every partition costs the batch runtime a step execution of its own (a
 * folder of 5,000 one-line files would otherwise be 5,000 partitions). The plan is the same for
 * the same input, so a restart re-runs exactly the partitions that did not complete.
 *
 * <p>The step's properties must pass each partition its share:
 * {@code approach=#{partitionPlan['approach']}}, {@code partition.from}, {@code partition.to},
 * {@code partition.index}, {@code partition.count}, {@code partition.threads}, each as
 * {@code #{partitionPlan['<name>']}}.
 */
@Named("agentPartitionMapper")
@Dependent
public class AgentPartitionMapper implements PartitionMapper {

    public static final int DEFAULT_MAX_PARTITIONS = 4;
    /** Partitions an approach plans at most per partition thread. */
    public static final int PLANNED_PER_THREAD = 16;

    private static final Logger LOG = Logger.getLogger(AgentPartitionMapper.class.getName());

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
    AgentExecutions executions;

    @Inject
    @BatchProperty
    String approaches;
    @Inject
    @BatchProperty
    String approach;
    @Inject
    @BatchProperty
    String itemsPerPartition;
    @Inject
    @BatchProperty
    String maxPartitions;

    /**
     * The plan; when the agent cannot be planned (its items cannot be listed, a setting is
     * invalid), a plan of no partitions, so that the step's conclusion records the failure as the
     * agent's outcome instead of the step failing the whole job.
     */
    @Override
    public PartitionPlan mapPartitions() {
        List<String> approaches = approachList();
        stepContext.setTransientUserData(new AgentConclusion.PlannedApproaches(approaches));
        try {
            return plan(approaches);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Step " + stepContext.getStepName() + " could not plan its partitions;"
                    + " the agent's conclusion records the failure");
            return planOf(List.of(), 0);
        }
    }

    private PartitionPlan plan(List<String> approaches) {
        int perPartition = positive("itemsPerPartition", itemsPerPartition, 1);
        int bound = positive("maxPartitions", maxPartitions, DEFAULT_MAX_PARTITIONS);
        List<Properties> plan = new ArrayList<>();
        for (String approach : approaches) {
            AgentSteps steps = AgentSteps.open(jobContext, stepContext, store, settings, agents, executions,
                    clock.instant(), approach);
            int items = steps.items(executions).size();
            int size = Math.max(perPartition, ceilDiv(items, bound * PLANNED_PER_THREAD));
            for (int from = 0; from < Math.max(items, 1); from += size) {
                Properties p = new Properties();
                p.setProperty(AgentSteps.APPROACH, approach);
                p.setProperty(PartitionSlice.FROM, String.valueOf(from));
                p.setProperty(PartitionSlice.TO, String.valueOf(Math.min(items, from + size)));
                plan.add(p);
            }
        }
        int threads = Math.min(bound, plan.size());
        for (int i = 0; i < plan.size(); i++) {
            plan.get(i).setProperty(PartitionSlice.INDEX, String.valueOf(i));
            plan.get(i).setProperty(PartitionSlice.COUNT, String.valueOf(plan.size()));
            plan.get(i).setProperty(PartitionSlice.THREADS, String.valueOf(threads));
        }
        LOG.fine(() -> "Step " + stepContext.getStepName() + ": " + plan.size() + " partitions, " + threads + " at once");
        return planOf(plan, threads);
    }

    private static PartitionPlan planOf(List<Properties> plan, int threads) {
        PartitionPlanImpl result = new PartitionPlanImpl();
        result.setPartitions(plan.size());
        result.setThreads(threads);
        result.setPartitionsOverride(false);
        result.setPartitionProperties(plan.toArray(new Properties[0]));
        return result;
    }

    private static int ceilDiv(int items, int partitions) {
        return (items + partitions - 1) / partitions;
    }

    private List<String> approachList() {
        JobSettings props = JobSettings.of(jobContext, stepContext);
        String role = props.find(AgentSteps.AGENT).orElseThrow(() -> new InvalidInputException(
                "Step '" + stepContext.getStepName() + "' has no 'agent' property naming the agent it runs"));
        List<String> list = List.copyOf(PolicyParser.names(approaches == null ? "" : approaches));
        if (!list.isEmpty()) {
            return list;
        }
        List<String> single = approach == null || approach.startsWith("#{") ? List.of()
                : List.copyOf(PolicyParser.names(approach));
        return single.isEmpty() ? List.of(role) : single;
    }

    private static int positive(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < 1) {
                throw new InvalidInputException(name + " must be at least 1, was " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number, was '" + raw + "'");
        }
    }
}
