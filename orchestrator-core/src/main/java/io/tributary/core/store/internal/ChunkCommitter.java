package io.tributary.core.store.internal;

import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.core.store.AgentVerdict;
import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.ItemRecord;
import io.tributary.core.store.StepRef;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Commits a chunk of item results in the caller's transaction: item rows (once per key),
 * their new findings and evidence, then the agent's outcome counters, the run's cost ledger and
 * the subject's risk register, each under a row lock.
 */
final class ChunkCommitter {

    private static final Map<Severity, Integer> WEIGHTS = Map.of(Severity.INFO, 0, Severity.LOW, 1,
            Severity.MEDIUM, 2, Severity.HIGH, 4, Severity.CRITICAL, 8);

    /** Items whose key starts so (an agent's conclusion) are not work items and do not count as such. */
    static final String PSEUDO_ITEM_PREFIX = "#";

    private final Pricing pricing;
    private final Aggregates aggregates;

    ChunkCommitter(Pricing pricing, Aggregates aggregates) {
        this.pricing = pricing;
        this.aggregates = aggregates;
    }

    Aggregates aggregates() {
        return aggregates;
    }

    void commit(EntityManager em, long runId, String subjectKey, String agent, String approach,
            List<ItemCommit> items, StepRef step) {
        commit(em, runId, subjectKey, agent, approach, items, step, key -> true, null, null, (outcome, records) -> { });
    }

    /**
     * Commits the chunk and returns the agent's outcome as written. An item key for which {@code
     * mayExist} is false is inserted without looking for its row first. {@code known} is the
     * outcome row as this process last committed it (see {@link KnownRows#takeOutcome}), a new row
     * known to be absent (its {@code id} null), or null to read it under its lock. {@code start},
     * unless null, is the agent's start not stored yet, which the outcome takes unless it holds one.
     * {@code finish} is given the agent's outcome and the chunk's item
     * rows as stored once they are written and before the outcome is, so that it can end the
     * outcome in the same update.
     */
    OutcomeEntity commit(EntityManager em, long runId, String subjectKey, String agent, String approach,
            List<ItemCommit> items, StepRef step, Predicate<String> mayExist, OutcomeEntity known,
            AgentStart start, BiConsumer<OutcomeEntity, List<ItemRecord>> finish) {
        OutcomeEntity outcome = known != null ? known : outcomeForUpdate(em, runId, agent, approach);
        if (start != null) {
            start.applyIfUnstarted(outcome);
        }
        Map<String, long[]> risk = new TreeMap<>();
        Usage usage = Usage.NONE;
        List<ItemRecord> records = new ArrayList<>();
        for (ItemCommit item : items) {
            ItemEntity row = mayExist.test(item.itemKey()) ? itemRow(em, runId, agent, approach, item.itemKey())
                    : newItemRow(runId, agent, approach, item.itemKey());
            if (row.id != null && ("SUCCEEDED".equals(row.status) || "NO_EVIDENCE".equals(row.status))) {
                records.add(record(row));
                continue; // already settled by an earlier commit: writing again would double count
            }
            boolean firstCommit = row.id == null;
            fillItem(row, item, step);
            List<Finding> added = item.settled() ? newFindings(em, runId, agent, approach, item, firstCommit)
                    : List.of();
            row.findings += added.size();
            if (firstCommit) {
                em.persist(row);
            }
            persistFindings(em, runId, agent, approach, item.itemKey(), added, step);
            outcome.findings += added.size();
            if (!item.itemKey().startsWith(PSEUDO_ITEM_PREFIX)) {
                outcome.attempts += item.attempts();
                if (item.settled()) {
                    outcome.itemsDone++;
                }
            }
            usage = usage.plus(item.result().usage());
            added.forEach(f -> accumulateRisk(risk, f));
            records.add(record(row));
        }
        double cost = pricing.cost(usage);
        addUsage(outcome, usage, cost);
        finish.accept(outcome, records);
        // Everything but the shared aggregates is written now, so that their row locks, taken
        // last, are held only for their own updates and the commit: writers of the same run or
        // subject queue on these rows, and each waits for the others' locked time alone.
        OutcomeRows.write(em, outcome, known != null && known.id != null);
        em.flush();
        aggregates.addCost(em, runId, usage.calls(), usage.inputTokens(), usage.outputTokens(), cost);
        for (var e : risk.entrySet()) {
            long[] v = e.getValue();
            aggregates.addRisk(em, subjectKey, e.getKey(), v[0], v[1], v[2], v[3]);
        }
        return outcome;
    }

    /**
     * The agent's outcome row, locked; a new one (its {@code id} null) when the agent has none yet,
     * which the caller fills and then hands to {@link #persistIfNew}, so that it is written by one
     * insert rather than an insert and an update.
     */
    OutcomeEntity outcomeForUpdate(EntityManager em, long runId, String agent, String approach) {
        return outcomeForUpdate(em, runId, agent, approach, false);
    }

    /**
     * As {@link #outcomeForUpdate(EntityManager, long, String, String)}; {@code likelyNew} (the run
     * is known to have had no outcome rows) takes the run's lock first instead of looking twice.
     */
    OutcomeEntity outcomeForUpdate(EntityManager em, long runId, String agent, String approach, boolean likelyNew) {
        OutcomeEntity found = likelyNew ? null : lockedOutcome(em, runId, agent, approach);
        return found != null ? found : lockedNewOutcome(em, runId, agent, approach);
    }

    static void persistIfNew(EntityManager em, OutcomeEntity o) {
        if (o.id == null) {
            em.persist(o);
        }
    }

    private static OutcomeEntity lockedOutcome(EntityManager em, long runId, String agent, String approach) {
        List<OutcomeEntity> rows = em.createQuery("select o from OutcomeEntity o where o.runId = :run"
                        + " and o.agent = :agent and o.approach = :approach", OutcomeEntity.class)
                .setParameter("run", runId).setParameter("agent", agent).setParameter("approach", approach)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Makes the outcome row under the lock of its run's row, so that the partitions of one step
     * starting at once create it once: whoever waited for the lock finds the row the first one
     * committed, instead of provoking (and logging) a unique-key violation and retrying.
     */
    private static OutcomeEntity lockedNewOutcome(EntityManager em, long runId, String agent, String approach) {
        if (em.find(RunEntity.class, runId, LockModeType.PESSIMISTIC_WRITE) != null) {
            OutcomeEntity found = lockedOutcome(em, runId, agent, approach);
            if (found != null) {
                return found;
            }
        }
        return newOutcome(runId, agent, approach);
    }

    /** An outcome row not stored yet, for {@link #persistIfNew}. */
    static OutcomeEntity newOutcome(long runId, String agent, String approach) {
        OutcomeEntity o = new OutcomeEntity();
        o.runId = runId;
        o.agent = agent;
        o.approach = approach;
        o.status = "RUNNING";
        o.model = "";
        o.error = "";
        o.traceId = "";
        return o;
    }

    private static ItemEntity itemRow(EntityManager em, long runId, String agent, String approach, String key) {
        List<ItemEntity> rows = em.createQuery("select i from ItemEntity i where i.runId = :run and i.agent = :agent"
                        + " and i.approach = :approach and i.itemKey = :key", ItemEntity.class)
                .setParameter("run", runId).setParameter("agent", agent).setParameter("approach", approach)
                .setParameter("key", key).getResultList();
        return rows.isEmpty() ? newItemRow(runId, agent, approach, key) : rows.get(0);
    }

    private static ItemEntity newItemRow(long runId, String agent, String approach, String key) {
        ItemEntity row = new ItemEntity();
        row.runId = runId;
        row.agent = agent;
        row.approach = approach;
        row.itemKey = key;
        return row;
    }

    static ItemRecord record(ItemEntity i) {
        return new ItemRecord(i.itemKey, AgentStatus.valueOf(i.status), i.attempts, i.findings, i.sourcesUsed,
                i.problems, i.error, i.retriable, i.executionId, i.startedAt, i.endedAt);
    }

    private static void fillItem(ItemEntity row, ItemCommit item, StepRef step) {
        row.status = item.status().name();
        row.attempts += item.attempts();
        row.sourcesUsed = item.result().sourcesUsed();
        row.problems = Codec.bounded(item.result().problems().stream()
                .map(p -> p.file() + ": " + p.problem()).collect(Collectors.joining("\n")), 4000);
        row.error = Codec.bounded(item.error(), 4000);
        row.retriable = item.retriable();
        row.startedAt = item.startedAt();
        row.endedAt = item.endedAt();
        row.executionId = step.executionId();
        row.stepExecutionId = step.stepExecutionId();
    }

    /**
     * The item's findings that are not stored yet. An item committed for the first time has none
     * stored (its row did not exist), so only a retried item's findings are looked up.
     */
    private static List<Finding> newFindings(EntityManager em, long runId, String agent, String approach,
            ItemCommit item, boolean firstCommit) {
        Set<String> existing = firstCommit ? Set.of() : new HashSet<>(em.createQuery(
                        "select f.findingKey from FindingEntity f where f.runId = :run and f.agent = :agent"
                                + " and f.approach = :approach and f.itemKey = :item", String.class)
                .setParameter("run", runId).setParameter("agent", agent).setParameter("approach", approach)
                .setParameter("item", item.itemKey()).getResultList());
        return newFindings(item.result().findings(), existing);
    }

    /** The findings of a chunk that are new for their item, by key. */
    static List<Finding> newFindings(List<Finding> findings, Set<String> existingKeys) {
        Set<String> seen = new HashSet<>(existingKeys);
        return findings.stream().filter(f -> seen.add(f.key())).toList();
    }

    /** Ends an outcome with a verdict; returns the verdict. */
    static AgentVerdict finish(OutcomeEntity o, AgentVerdict v, Instant at) {
        o.status = v.status().name();
        o.error = Codec.bounded(v.error(), 4000);
        o.problems = Codec.problems(v.problems(), Codec.PROBLEMS_COLUMN);
        o.retriable = v.retriable();
        o.endedAt = at;
        if (o.startedAt == null) {
            o.startedAt = at;
        }
        return v;
    }

    private static void persistFindings(EntityManager em, long runId, String agent, String approach, String itemKey,
            List<Finding> findings, StepRef step) {
        for (Finding f : findings) {
            FindingEntity row = new FindingEntity();
            row.runId = runId;
            row.agent = agent;
            row.approach = approach;
            row.itemKey = itemKey;
            row.findingKey = Codec.bounded(f.key(), 500);
            row.findingGroup = f.group();
            row.topic = Codec.bounded(f.topic(), 200);
            row.claim = Codec.bounded(f.claim(), 4000);
            row.polarity = f.polarity().name();
            row.severity = f.severity().name();
            row.confidence = f.confidence();
            row.attributes = Codec.bounded(Codec.attributes(f.attributes()), 8000);
            row.caveats = Codec.caveats(f.caveats());
            row.executionId = step.executionId();
            row.stepExecutionId = step.stepExecutionId();
            row.traceId = step.traceId();
            em.persist(row);
            if (row.id == null) {
                em.flush(); // the evidence rows need the finding's generated id
            }
            int ordinal = 0;
            for (Evidence e : f.evidence()) {
                EvidenceEntity ev = new EvidenceEntity();
                ev.findingId = row.id;
                ev.ordinal = ordinal++;
                ev.file = Codec.bounded(e.file(), 1000);
                ev.locator = Codec.bounded(e.locator(), 1000);
                ev.quote = Codec.bounded(e.quote(), 4000);
                em.persist(ev);
            }
        }
    }

    private static void addUsage(OutcomeEntity o, Usage usage, double cost) {
        o.costUsd += cost;
        o.calls += usage.calls();
        o.inputTokens += usage.inputTokens();
        o.outputTokens += usage.outputTokens();
        o.latencyMs += usage.latency().toMillis();
        if (o.model == null || o.model.isEmpty()) {
            o.model = usage.model();
        }
    }

    private void accumulateRisk(Map<String, long[]> risk, Finding f) {
        long[] v = risk.computeIfAbsent(f.group(), k -> new long[4]);
        v[0]++;
        if (f.polarity() == Polarity.NEGATIVE) {
            v[1]++;
        }
        if (f.severity().isHigh() && f.polarity() == Polarity.NEGATIVE) {
            v[2]++;
        }
        int w = WEIGHTS.get(f.severity());
        v[3] += f.polarity() == Polarity.NEGATIVE ? -w : f.polarity() == Polarity.POSITIVE ? w : 0;
    }

}
