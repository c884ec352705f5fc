package io.tributary.core.store.internal;

import io.tributary.api.finding.Dimension;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * Updates of the shared aggregate rows several agents write at once. With
 * {@link AggregateLocking#ROW_LOCK} each row is read {@code FOR UPDATE} and written back through
 * its {@code @Version}; rows are always locked in the same order (ledger, then risk rows by
 * dimension name) so that two writers cannot deadlock on each other.
 */
final class Aggregates {

    private final AggregateLocking locking;

    Aggregates(AggregateLocking locking) {
        this.locking = locking;
    }

    /** Creates the risk register rows of a target, one per dimension, if missing. */
    void ensureRiskRows(EntityManager em, String targetKey) {
        List<String> present = em.createQuery("select r.dimension from RiskRegisterEntity r where r.targetKey = :t",
                String.class).setParameter("t", targetKey).getResultList();
        for (Dimension d : Dimension.values()) {
            if (!present.contains(d.name())) {
                RiskRegisterEntity row = new RiskRegisterEntity();
                row.targetKey = targetKey;
                row.dimension = d.name();
                em.persist(row);
            }
        }
        em.flush();
    }

    void addCost(EntityManager em, long runId, long calls, long inputTokens, long outputTokens, double cost) {
        if (locking == AggregateLocking.NONE) {
            Object[] row = (Object[]) em.createNativeQuery(
                    "select calls, input_tokens, output_tokens, cost_usd from trb_cost_ledger where run_id = ?1")
                    .setParameter(1, runId).getSingleResult();
            em.createNativeQuery("update trb_cost_ledger set calls = ?1, input_tokens = ?2, output_tokens = ?3,"
                            + " cost_usd = ?4 where run_id = ?5")
                    .setParameter(1, ((Number) row[0]).longValue() + calls)
                    .setParameter(2, ((Number) row[1]).longValue() + inputTokens)
                    .setParameter(3, ((Number) row[2]).longValue() + outputTokens)
                    .setParameter(4, ((Number) row[3]).doubleValue() + cost)
                    .setParameter(5, runId).executeUpdate();
            return;
        }
        CostLedgerEntity ledger = em.find(CostLedgerEntity.class, runId, LockModeType.PESSIMISTIC_WRITE);
        ledger.calls += calls;
        ledger.inputTokens += inputTokens;
        ledger.outputTokens += outputTokens;
        ledger.costUsd += cost;
    }

    void addRisk(EntityManager em, String targetKey, String dimension, long findings, long negative,
            long highSeverity, double score) {
        if (locking == AggregateLocking.NONE) {
            Object[] row = (Object[]) em.createNativeQuery("select id, findings, negative, high_severity, score"
                            + " from trb_risk_register where target_key = ?1 and dimension = ?2")
                    .setParameter(1, targetKey).setParameter(2, dimension).getSingleResult();
            em.createNativeQuery("update trb_risk_register set findings = ?1, negative = ?2, high_severity = ?3,"
                            + " score = ?4 where id = ?5")
                    .setParameter(1, ((Number) row[1]).longValue() + findings)
                    .setParameter(2, ((Number) row[2]).longValue() + negative)
                    .setParameter(3, ((Number) row[3]).longValue() + highSeverity)
                    .setParameter(4, ((Number) row[4]).doubleValue() + score)
                    .setParameter(5, ((Number) row[0]).longValue()).executeUpdate();
            return;
        }
        List<RiskRegisterEntity> rows = em.createQuery("select r from RiskRegisterEntity r where r.targetKey = :t"
                        + " and r.dimension = :d", RiskRegisterEntity.class)
                .setParameter("t", targetKey).setParameter("d", dimension)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        RiskRegisterEntity row;
        if (rows.isEmpty()) {
            row = new RiskRegisterEntity();
            row.targetKey = targetKey;
            row.dimension = dimension;
            em.persist(row);
        } else {
            row = rows.get(0);
        }
        row.findings += findings;
        row.negative += negative;
        row.highSeverity += highSeverity;
        row.score += score;
    }
}
