package io.tributary.core.store.internal;

import io.tributary.api.agent.Usage;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** The agents' outcome rows of a run: read, turned into outcomes, and written back, in the caller's transaction. */
final class OutcomeRows {

    private OutcomeRows() {
    }

    /** A run's outcomes, by agent and approach. */
    static List<AgentOutcome> of(EntityManager em, long runId) {
        return em.createQuery("select o from OutcomeEntity o where o.runId = :run", OutcomeEntity.class)
                .setParameter("run", runId).getResultList().stream()
                .map(OutcomeRows::toOutcome)
                .sorted(Comparator.comparing(AgentOutcome::agent).thenComparing(AgentOutcome::approach))
                .toList();
    }

    static AgentOutcome toOutcome(OutcomeEntity o) {
        Usage usage = new Usage(o.calls, o.inputTokens, o.outputTokens, Duration.ofMillis(o.latencyMs), o.model);
        return new AgentOutcome(o.agent, o.approach, AgentStatus.valueOf(o.status), o.findings, o.itemsTotal,
                o.itemsDone, o.attempts, o.startedAt, o.endedAt, usage, o.costUsd, o.error, o.retriable, o.traceId,
                Codec.problems(o.problems));
    }

    /**
     * Writes an outcome: a new one by its insert, a row read in this transaction by its update at
     * commit, and a {@code known} one (not read in this transaction) by an update of the version
     * this process last committed, which takes the row's lock without a read before it. A known row
     * that someone else changed since is not overwritten: the update finds no row of that version
     * and fails as a version conflict, which the store's retry meets by reading the row.
     */
    static void write(EntityManager em, OutcomeEntity o, boolean known) {
        if (!known) {
            ChunkCommitter.persistIfNew(em, o);
            return;
        }
        em.flush();
        int updated = em.createQuery("update OutcomeEntity o set o.status = :status, o.itemsTotal = :total,"
                        + " o.itemsDone = :done, o.findings = :findings, o.attempts = :attempts,"
                        + " o.startedAt = :started, o.endedAt = :ended, o.calls = :calls, o.inputTokens = :in,"
                        + " o.outputTokens = :out, o.latencyMs = :latency, o.costUsd = :cost, o.model = :model,"
                        + " o.error = :error, o.problems = :problems, o.retriable = :retriable,"
                        + " o.executionId = :execution, o.stepExecutionId = :stepExecution, o.traceId = :trace,"
                        + " o.version = o.version + 1 where o.id = :id and o.version = :version")
                .setParameter("status", o.status).setParameter("total", o.itemsTotal)
                .setParameter("done", o.itemsDone).setParameter("findings", o.findings)
                .setParameter("attempts", o.attempts).setParameter("started", o.startedAt)
                .setParameter("ended", o.endedAt).setParameter("calls", o.calls).setParameter("in", o.inputTokens)
                .setParameter("out", o.outputTokens).setParameter("latency", o.latencyMs)
                .setParameter("cost", o.costUsd).setParameter("model", o.model).setParameter("error", o.error)
                .setParameter("problems", o.problems).setParameter("retriable", o.retriable)
                .setParameter("execution", o.executionId).setParameter("stepExecution", o.stepExecutionId)
                .setParameter("trace", o.traceId).setParameter("id", o.id).setParameter("version", o.version)
                .executeUpdate();
        if (updated != 1) {
            throw new OptimisticLockException("Outcome " + o.id + " of agent " + o.agent + "/" + o.approach
                    + " in run " + o.runId + " changed since version " + o.version + " was committed here");
        }
        o.version++;
    }
}
