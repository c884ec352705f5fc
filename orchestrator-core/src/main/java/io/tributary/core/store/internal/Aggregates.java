package io.tributary.core.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * Updates of the shared aggregate rows several agents write at once. With
 * {@link AggregateLocking#ROW_LOCK} each row is read {@code FOR UPDATE} and written back through
 * its {@code @Version}; rows are always locked in the same order (ledger, then risk rows by
 * group name) so that two writers cannot deadlock on each other.
 */
final class Aggregates {

    private final AggregateLocking locking;

    Aggregates(AggregateLocking locking) {
        this.locking = locking;
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

    /**
     * Adds to the risk register row of a subject and finding group, creating it when the group
     * first appears; two writers creating the same row at once meet the unique key, and the
     * transaction's retry finds the other's row.
     */
    void addRisk(EntityManager em, String subjectKey, String group, long findings, long negative,
            long highSeverity, double score) {
        if (locking == AggregateLocking.NONE) {
            addRiskUnlocked(em, subjectKey, group, findings, negative, highSeverity, score);
            return;
        }
        List<RiskRegisterEntity> rows = em.createQuery("select r from RiskRegisterEntity r where r.subjectKey = :s"
                        + " and r.findingGroup = :g", RiskRegisterEntity.class)
                .setParameter("s", subjectKey).setParameter("g", group)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        RiskRegisterEntity row = rows.isEmpty() ? newRiskRow(em, subjectKey, group) : rows.get(0);
        row.findings += findings;
        row.negative += negative;
        row.highSeverity += highSeverity;
        row.score += score;
    }

    /** The same update as a plain read and write, without a lock or version check. */
    private static void addRiskUnlocked(EntityManager em, String subjectKey, String group, long findings,
            long negative, long highSeverity, double score) {
        List<?> found = em.createNativeQuery("select id, findings, negative, high_severity, score"
                        + " from trb_risk_register where subject_key = ?1 and finding_group = ?2")
                .setParameter(1, subjectKey).setParameter(2, group).getResultList();
        if (found.isEmpty()) {
            newRiskRow(em, subjectKey, group);
            em.flush();
            found = em.createNativeQuery("select id, findings, negative, high_severity, score"
                            + " from trb_risk_register where subject_key = ?1 and finding_group = ?2")
                    .setParameter(1, subjectKey).setParameter(2, group).getResultList();
        }
        Object[] row = (Object[]) found.get(0);
        em.createNativeQuery("update trb_risk_register set findings = ?1, negative = ?2, high_severity = ?3,"
                        + " score = ?4 where id = ?5")
                .setParameter(1, ((Number) row[1]).longValue() + findings)
                .setParameter(2, ((Number) row[2]).longValue() + negative)
                .setParameter(3, ((Number) row[3]).longValue() + highSeverity)
                .setParameter(4, ((Number) row[4]).doubleValue() + score)
                .setParameter(5, ((Number) row[0]).longValue()).executeUpdate();
    }

    private static RiskRegisterEntity newRiskRow(EntityManager em, String subjectKey, String group) {
        RiskRegisterEntity row = new RiskRegisterEntity();
        row.subjectKey = subjectKey;
        row.findingGroup = group;
        em.persist(row);
        return row;
    }
}
