package io.tributary.core.store.internal;

import io.tributary.api.TributaryException;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.PartitionSummary;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.run.StoredFinding;
import io.tributary.core.store.AgentVerdict;
import io.tributary.core.store.CostTotals;
import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.ItemRecord;
import io.tributary.core.store.Lease;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.RiskRow;
import io.tributary.core.store.RunInfo;
import io.tributary.core.store.RunRegistration;
import io.tributary.core.store.StepRef;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result store on JPA. Reads and simple writes are here; chunk commits with their locked
 * aggregate updates are in {@link ChunkCommitter}, decisions and snapshots in {@link RunReader}.
 */
public final class JpaResultStore implements ResultStore {

    private final Transactions tx;
    private final ChunkCommitter committer;
    private final RunReader reader;
    /** Runs as their current execution sees them, for {@link #run(long, long)}. */
    private final ConcurrentMap<Long, RunInfo> currentRuns = new ConcurrentHashMap<>();
    private final KnownRows known = new KnownRows();

    /** Entries a memory of this store holds at most; beyond, it starts afresh. */
    private static final int REMEMBERED = 10_000;

    /** The store as the product runs it in Java SE: resource-local transactions, aggregates under row locks. */
    public JpaResultStore(EntityManagerFactory emf, Pricing pricing) {
        this(emf, pricing, AggregateLocking.ROW_LOCK);
    }

    /**
     * The store as the product runs it, waiting up to {@code reconnectFor} ({@code db.retry.for})
     * for a database that cannot be reached before a read or write fails.
     */
    public JpaResultStore(EntityManagerFactory emf, Pricing pricing, Duration reconnectFor) {
        this(TransactionStrategy.resourceLocal(emf), pricing, AggregateLocking.ROW_LOCK, reconnectFor);
    }

    /**
     * A store with a chosen aggregate-update strategy. {@link AggregateLocking#NONE} exists only
     * so that tests can show what the locks prevent.
     */
    public JpaResultStore(EntityManagerFactory emf, Pricing pricing, AggregateLocking locking) {
        this(TransactionStrategy.resourceLocal(emf), pricing, locking, Transactions.DEFAULT_RECONNECT_FOR);
    }

    /**
     * A store whose transactions come from the given strategy (JTA in an application server),
     * aggregates under row locks.
     */
    public JpaResultStore(TransactionStrategy transactions, Pricing pricing) {
        this(transactions, pricing, AggregateLocking.ROW_LOCK, Transactions.DEFAULT_RECONNECT_FOR);
    }

    private JpaResultStore(TransactionStrategy transactions, Pricing pricing, AggregateLocking locking,
            Duration reconnectFor) {
        this.tx = new Transactions(transactions, Transactions.DEFAULT_MAX_ATTEMPTS, reconnectFor,
                java.time.Clock.systemUTC());
        this.committer = new ChunkCommitter(pricing, new Aggregates(locking));
        this.reader = new RunReader();
    }

    @Override
    public void registerRun(RunRegistration r) {
        registerRun(r, false);
    }

    @Override
    public void registerRun(RunRegistration r, boolean firstExecution) {
        currentRuns.remove(r.runId());
        boolean[] created = {false};
        int[] attempts = {0};
        RunInfo registered = tx.inTransaction("register run " + r.runId(), em -> {
            // a first execution inserts its run at once; should the row exist after all, the insert
            // fails on the key and the retry looks for it
            RunEntity run = firstExecution && attempts[0]++ == 0 ? null : em.find(RunEntity.class, r.runId());
            created[0] = run == null;
            return RunRows.register(em, run, r, Instant.now());
        });
        if (created[0]) {
            known.runCreated(r.runId(), r.executionId());
        }
        // the execution registered for reads the run as the stored row now says
        remember(currentRuns, r.runId(), registered);
    }

    @Override
    public Optional<RunInfo> run(long runId) {
        return tx.read(em -> Optional.ofNullable(em.find(RunEntity.class, runId)).map(RunRows::toInfo));
    }

    @Override
    public Optional<RunInfo> run(long runId, long executionId) {
        RunInfo known = currentRuns.get(runId);
        if (known != null && known.lastExecutionId() == executionId) {
            return Optional.of(known);
        }
        Optional<RunInfo> read = run(runId);
        read.filter(r -> r.lastExecutionId() == executionId).ifPresent(r -> remember(currentRuns, runId, r));
        return read;
    }

    @Override
    public Set<String> agentStarted(long runId, String agent, String approach, int itemsTotal, StepRef step,
            Instant at, boolean concurrent) {
        boolean likelyNew = known.runNew(runId, step.executionId());
        int[] attempts = {0};
        OutcomeEntity[] outcome = new OutcomeEntity[1];
        List<ItemRecord> stored = tx.inTransaction("start " + agent, em -> {
            // alone and new, the agent's outcome is inserted at once; a retry looks for it
            OutcomeEntity o = likelyNew && !concurrent && attempts[0]++ == 0
                    ? ChunkCommitter.newOutcome(runId, agent, approach)
                    : committer.outcomeForUpdate(em, runId, agent, approach, likelyNew);
            o.status = AgentStatus.RUNNING.name();
            o.itemsTotal = itemsTotal;
            if (o.startedAt == null || o.executionId != step.executionId()) {
                o.startedAt = at;
            }
            o.endedAt = null;
            o.error = "";
            o.retriable = false;
            o.executionId = step.executionId();
            o.stepExecutionId = step.stepExecutionId();
            o.traceId = step.traceId();
            boolean fresh = o.id == null;
            ChunkCommitter.persistIfNew(em, o);
            outcome[0] = o;
            // an agent without an outcome row has no item rows either: they are committed with it
            return fresh ? List.<ItemRecord>of() : itemRecords(em, runId, agent, approach);
        });
        known.itemsStored(runId, agent, approach, step.executionId(),
                stored.stream().map(ItemRecord::itemKey).toList());
        if (concurrent) {
            known.forgetOutcome(runId, agent, approach);
        } else {
            known.outcomeCommitted(step.executionId(), outcome[0]); // this step alone writes it now
        }
        return settled(stored);
    }

    private static Set<String> settled(List<ItemRecord> items) {
        return items.stream().filter(ItemRecord::settled).map(ItemRecord::itemKey)
                .collect(Collectors.toCollection(HashSet::new));
    }

    @Override
    public void commitItems(long runId, String agent, String approach, List<ItemCommit> items, StepRef step) {
        if (items.isEmpty()) {
            return;
        }
        commit(runId, agent, approach, items, step, true, (o, records) -> { });
    }

    @Override
    public AgentVerdict commitLastItems(long runId, String agent, String approach, List<ItemCommit> items,
            StepRef step, Function<List<ItemRecord>, AgentVerdict> verdict, Instant at) {
        AgentVerdict[] given = new AgentVerdict[1];
        commit(runId, agent, approach, items, step, false,
                (o, records) -> given[0] = ChunkCommitter.finish(o, verdict.apply(records), at));
        return given[0];
    }

    /**
     * Commits a chunk in one transaction, inserting the items this store knows to be new without
     * reading for them first, and updating the outcome this process last committed without
     * reading it first, except when the transaction is retried. With {@code more} (the agent is
     * not finished), an outcome this process alone writes is kept for the next write.
     */
    private void commit(long runId, String agent, String approach, List<ItemCommit> items, StepRef step,
            boolean more, BiConsumer<OutcomeEntity, List<ItemRecord>> finish) {
        String subjectKey = subjectKey(runId, step);
        Optional<OutcomeEntity> mine = known.takeOutcome(runId, agent, approach, step.executionId());
        int[] attempts = {0};
        OutcomeEntity written = tx.inTransaction("commit " + items.size() + " item(s) of " + agent, em -> {
            boolean first = attempts[0]++ == 0;
            return committer.commit(em, runId, subjectKey, agent, approach, items, step,
                    key -> !first || known.mayExist(runId, agent, approach, step.executionId(), key),
                    first ? mine.orElse(null) : null, finish);
        });
        known.itemsWritten(runId, agent, approach, step.executionId(),
                items.stream().map(ItemCommit::itemKey).toList());
        if (more && mine.isPresent()) {
            known.outcomeCommitted(step.executionId(), written);
        }
    }

    private String subjectKey(long runId, StepRef step) {
        return run(runId, step.executionId()).map(r -> r.subject().key()).orElseThrow(
                () -> new TributaryException("Run " + runId + " is not registered; intake must run first"));
    }

    /** Remembers {@code value}; a memory that has grown to its bound starts afresh. */
    private static <K, V> void remember(ConcurrentMap<K, V> memory, K key, V value) {
        if (memory.size() >= REMEMBERED) {
            memory.clear();
        }
        memory.put(key, value);
    }

    @Override
    public List<ItemRecord> items(long runId, String agent, String approach) {
        return tx.read(em -> itemRecords(em, runId, agent, approach));
    }

    private static List<ItemRecord> itemRecords(EntityManager em, long runId, String agent, String approach) {
        return em.createQuery("select i from ItemEntity i where i.runId = :run and i.agent = :agent"
                        + " and i.approach = :approach order by i.id", ItemEntity.class)
                .setParameter("run", runId).setParameter("agent", agent).setParameter("approach", approach)
                .getResultList().stream().map(ChunkCommitter::record).toList();
    }

    @Override
    public void finishAgent(long runId, String agent, String approach, AgentStatus status, String error,
            boolean retriable, Instant at) {
        known.forgetOutcome(runId, agent, approach);
        tx.inTransaction("finish " + agent, em -> {
            OutcomeEntity o = committer.outcomeForUpdate(em, runId, agent, approach);
            o.status = status.name();
            o.error = Codec.bounded(error, 4000);
            o.retriable = retriable;
            o.endedAt = at;
            if (o.startedAt == null) {
                o.startedAt = at;
            }
            ChunkCommitter.persistIfNew(em, o);
            return null;
        });
    }

    @Override
    public AgentVerdict finishAgent(long runId, String agent, String approach,
            Function<List<ItemRecord>, AgentVerdict> verdict, Instant at) {
        known.forgetOutcome(runId, agent, approach);
        return tx.inTransaction("finish " + agent, em -> {
            OutcomeEntity o = committer.outcomeForUpdate(em, runId, agent, approach);
            AgentVerdict v = ChunkCommitter.finish(o, verdict.apply(itemRecords(em, runId, agent, approach)), at);
            ChunkCommitter.persistIfNew(em, o);
            return v;
        });
    }

    @Override
    public List<AgentOutcome> outcomes(long runId) {
        return tx.read(em -> OutcomeRows.of(em, runId));
    }

    @Override
    public List<StoredFinding> findings(long runId) {
        return tx.read(em -> reader.findings(em, runId, null, null));
    }

    @Override
    public List<StoredFinding> findings(long runId, String agent, String approach) {
        return tx.read(em -> reader.findings(em, runId, agent, approach));
    }

    @Override
    public void recordDecision(long runId, long executionId, PolicyDecision decision) {
        tx.inTransaction("record decision", em -> {
            reader.persistDecision(em, runId, executionId, decision);
            return null;
        });
    }

    @Override
    public List<PolicyDecision> decisions(long runId) {
        return tx.read(em -> reader.decisions(em, runId));
    }

    /** The run as one read sees it: its row, last decision, outcomes, findings and partitions together. */
    @Override
    public RunSnapshot snapshot(long runId, long executionId) {
        return tx.read(em -> {
            RunInfo info = Optional.ofNullable(em.find(RunEntity.class, runId)).map(RunRows::toInfo)
                    .orElseThrow(() -> new TributaryException("Run " + runId + " is not registered"));
            List<PolicyDecision> decisions = reader.decisions(em, runId);
            PolicyDecision decision = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
            return new RunSnapshot(runId, executionId, info.jobName(), info.subject(), info.input(), info.agents(),
                    info.groups(), decision, OutcomeRows.of(em, runId), reader.findings(em, runId, null, null),
                    info.traceId(), PartitionRows.of(em, runId));
        });
    }

    @Override
    public void recordReport(long runId, String verdict, Path reportDir) {
        currentRuns.remove(runId);
        tx.inTransaction("record report", em -> {
            RunEntity run = em.find(RunEntity.class, runId);
            run.verdict = Codec.bounded(verdict, 40);
            run.reportDir = reportDir.toString();
            return null;
        });
    }

    @Override
    public List<RiskRow> riskRegister(String subjectKey) {
        return tx.read(em -> em.createQuery("select r from RiskRegisterEntity r where r.subjectKey = :s"
                                + " order by r.findingGroup", RiskRegisterEntity.class)
                .setParameter("s", subjectKey).getResultList().stream()
                .map(r -> new RiskRow(r.subjectKey, r.findingGroup, r.findings, r.negative, r.highSeverity, r.score))
                .toList());
    }

    @Override
    public void addToRiskRegister(String subjectKey, String group, long findings, long negative, long highSeverity) {
        tx.inTransaction("risk register " + subjectKey + "/" + group, em -> {
            committer.aggregates().addRisk(em, subjectKey, group, findings, negative, highSeverity, 0.0);
            return null;
        });
    }

    @Override
    public CostTotals costs(long runId) {
        return tx.read(em -> Optional.ofNullable(em.find(CostLedgerEntity.class, runId))
                .map(l -> new CostTotals(l.calls, l.inputTokens, l.outputTokens, l.costUsd))
                .orElse(CostTotals.ZERO));
    }

    @Override
    public void recordPartition(long runId, long executionId, PartitionSummary p, Instant at) {
        tx.inTransaction("partition " + p.agent() + "/" + p.partition(),
                em -> PartitionRows.record(em, runId, executionId, p, at));
    }

    @Override
    public List<PartitionSummary> partitions(long runId) {
        return tx.read(em -> PartitionRows.of(em, runId));
    }

    @Override
    public void acquireLease(long executionId, long runId, String owner, Instant at) {
        int[] attempts = {0};
        tx.inTransaction("lease " + executionId,
                em -> LeaseRows.acquire(em, executionId, runId, owner, at, attempts[0]++ == 0));
    }

    @Override
    public void heartbeat(long executionId, Instant at) {
        tx.inTransaction("heartbeat " + executionId, em -> LeaseRows.heartbeat(em, executionId, at));
    }

    @Override
    public void releaseLease(long executionId, Instant at) {
        tx.inTransaction("release " + executionId, em -> LeaseRows.release(em, executionId, at));
    }

    @Override
    public Optional<Lease> lease(long executionId) {
        return tx.read(em -> LeaseRows.find(em, executionId));
    }

    @Override
    public List<Lease> activeLeases() {
        return tx.read(LeaseRows::active);
    }

    /** The entity classes, for building an entity manager factory. */
    public static java.util.List<Class<?>> entityClasses() {
        return List.of(RunEntity.class, OutcomeEntity.class, ItemEntity.class, FindingEntity.class,
                EvidenceEntity.class, DecisionEntity.class, RiskRegisterEntity.class, CostLedgerEntity.class,
                LeaseEntity.class, PartitionEntity.class);
    }

}
