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
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The result store on JPA. Reads and simple writes are here; an agent's writes of its outcome are
 * in {@link AgentWrites}, chunk commits with their locked aggregate updates in {@link
 * ChunkCommitter}, decisions and snapshots in {@link RunReader}. Close it to stop the flushes of
 * agents' starts ({@link PendingStarts}).
 */
public final class JpaResultStore implements ResultStore, AutoCloseable {

    /** How long an agent's start waits for its first commit by default ({@code store.start.visible-after}). */
    public static final Duration DEFAULT_START_VISIBLE_AFTER = PendingStarts.DEFAULT_VISIBLE_AFTER;

    private final Transactions tx;
    private final ChunkCommitter committer;
    private final RunReader reader;
    private final PendingStarts starts;
    private final AgentWrites agents;
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
        this(emf, pricing, reconnectFor, DEFAULT_START_VISIBLE_AFTER);
    }

    /**
     * As {@link #JpaResultStore(EntityManagerFactory, Pricing, Duration)}, an agent new in its run
     * and alone in its step stored with its first commit unless that takes longer than {@code
     * startVisibleAfter} ({@code store.start.visible-after}, zero to store every start at once).
     */
    public JpaResultStore(EntityManagerFactory emf, Pricing pricing, Duration reconnectFor,
            Duration startVisibleAfter) {
        this(TransactionStrategy.resourceLocal(emf), pricing, AggregateLocking.ROW_LOCK, reconnectFor,
                startVisibleAfter);
    }

    /**
     * A store with a chosen aggregate-update strategy. {@link AggregateLocking#NONE} exists only
     * so that tests can show what the locks prevent.
     */
    public JpaResultStore(EntityManagerFactory emf, Pricing pricing, AggregateLocking locking) {
        this(TransactionStrategy.resourceLocal(emf), pricing, locking, Transactions.DEFAULT_RECONNECT_FOR,
                DEFAULT_START_VISIBLE_AFTER);
    }

    /**
     * A store whose transactions come from the given strategy (JTA in an application server),
     * aggregates under row locks. Every agent's start is stored at once: a later flush would run
     * on a thread of the store's own, which is not one the container manages.
     */
    public JpaResultStore(TransactionStrategy transactions, Pricing pricing) {
        this(transactions, pricing, Duration.ZERO);
    }

    /** A store on the given transactions whose agents' starts wait up to {@code startVisibleAfter} (tests). */
    JpaResultStore(TransactionStrategy transactions, Pricing pricing, Duration startVisibleAfter) {
        this(transactions, pricing, AggregateLocking.ROW_LOCK, Transactions.DEFAULT_RECONNECT_FOR, startVisibleAfter);
    }

    private JpaResultStore(TransactionStrategy transactions, Pricing pricing, AggregateLocking locking,
            Duration reconnectFor, Duration startVisibleAfter) {
        this.tx = new Transactions(transactions, Transactions.DEFAULT_MAX_ATTEMPTS, reconnectFor,
                java.time.Clock.systemUTC());
        this.committer = new ChunkCommitter(pricing, new Aggregates(locking));
        this.reader = new RunReader();
        this.starts = new PendingStarts(startVisibleAfter, transactions, committer, known);
        this.agents = new AgentWrites(tx, committer, known, starts, this::subjectKey);
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
            if (firstExecution) {
                known.firstExecutionCreated(r.runId(), r.executionId());
            }
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
        return agents.agentStarted(new AgentStart(runId, agent, approach, itemsTotal, step, Codec.micros(at)),
                concurrent);
    }

    @Override
    public void agentStepEnded(long runId, String agent, String approach, StepRef step) {
        agents.stepEnded(runId, agent, approach, step);
    }

    @Override
    public void commitItems(long runId, String agent, String approach, List<ItemCommit> items, StepRef step) {
        if (items.isEmpty()) {
            return;
        }
        agents.commit(runId, agent, approach, items, step, true, (o, records) -> { });
    }

    @Override
    public AgentVerdict commitLastItems(long runId, String agent, String approach, List<ItemCommit> items,
            StepRef step, Function<List<ItemRecord>, AgentVerdict> verdict, Instant at) {
        AgentVerdict[] given = new AgentVerdict[1];
        agents.commit(runId, agent, approach, items, step, false,
                (o, records) -> given[0] = ChunkCommitter.finish(o, verdict.apply(records), Codec.micros(at)));
        return given[0];
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
        return tx.read(em -> AgentWrites.itemRecords(em, runId, agent, approach));
    }

    @Override
    public void finishAgent(long runId, String agent, String approach, AgentStatus status, String error,
            boolean retriable, Instant at) {
        agents.finishAgent(runId, agent, approach, status, error, retriable, Codec.micros(at));
    }

    @Override
    public AgentVerdict finishAgent(long runId, String agent, String approach,
            Function<List<ItemRecord>, AgentVerdict> verdict, Instant at) {
        return agents.finishAgent(runId, agent, approach, verdict, Codec.micros(at));
    }

    @Override
    public List<AgentOutcome> outcomes(long runId) {
        return tx.read(em -> OutcomeRows.of(em, runId));
    }

    /**
     * The run's outcomes from what this store committed, when it wrote every outcome row of the
     * run in {@code executionId}, the run's first execution ({@link KnownRows}); read otherwise.
     */
    @Override
    public List<AgentOutcome> outcomes(long runId, long executionId) {
        return known.outcomes(runId, executionId).orElseGet(() -> outcomes(runId));
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

    /** Flushes the agents' starts not stored yet now, as their delay would (tests). */
    void flushStartsNow() {
        starts.flushNow();
    }

    /** Stops the flushes of agents' starts; one under way finishes first. */
    @Override
    public void close() {
        starts.close();
    }

    /** The entity classes, for building an entity manager factory. */
    public static java.util.List<Class<?>> entityClasses() {
        return List.of(RunEntity.class, OutcomeEntity.class, ItemEntity.class, FindingEntity.class,
                EvidenceEntity.class, DecisionEntity.class, RiskRegisterEntity.class, CostLedgerEntity.class,
                LeaseEntity.class, PartitionEntity.class);
    }

}
