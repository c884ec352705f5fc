package io.tributary.core.store.internal;

import io.tributary.api.run.PartitionSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

/** The rows that say how each partition of a partitioned agent step stands, in the caller's transaction. */
final class PartitionRows {

    private PartitionRows() {
    }

    /** Records a partition's standing, replacing its earlier record (read under a row lock). */
    static Void record(EntityManager em, long runId, long executionId, PartitionSummary p, Instant at) {
        List<PartitionEntity> rows = em.createQuery("select p from PartitionEntity p where p.runId = :run"
                        + " and p.agent = :agent and p.approach = :approach and p.partitionNo = :no", PartitionEntity.class)
                .setParameter("run", runId).setParameter("agent", p.agent()).setParameter("approach", p.approach())
                .setParameter("no", p.partition()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        PartitionEntity row = rows.isEmpty() ? new PartitionEntity() : rows.get(0);
        row.runId = runId;
        row.agent = p.agent();
        row.approach = p.approach();
        row.partitionNo = p.partition();
        row.items = p.items();
        row.settled = p.settled();
        row.failed = p.failed();
        row.partitions = p.partitions();
        row.threads = p.threads();
        row.executionId = executionId;
        row.updatedAt = at;
        if (rows.isEmpty()) {
            em.persist(row);
        }
        return null;
    }

    /** The partitions of a run, by agent, approach and partition number. */
    static List<PartitionSummary> of(EntityManager em, long runId) {
        return em.createQuery("select p from PartitionEntity p where p.runId = :run"
                        + " order by p.agent, p.approach, p.partitionNo", PartitionEntity.class)
                .setParameter("run", runId).getResultList().stream()
                .map(p -> new PartitionSummary(p.agent, p.approach, p.partitionNo, p.items, p.settled, p.failed,
                        p.partitions, p.threads))
                .toList();
    }
}
