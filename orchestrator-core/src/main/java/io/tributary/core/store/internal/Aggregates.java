package io.tributary.core.store.internal;

import io.tributary.api.TributaryException;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Updates of the shared aggregate rows several agents write at once. With
 * {@link AggregateLocking#ROW_LOCK} each row is updated in place ({@code set n = n + ?}, its
 * {@code @Version} bumped): the update takes the row's write lock, held to the end of the
 * transaction, and adds to whatever the last committed writer left, so concurrent writers queue
 * on the row and none of their additions is lost, without a read before the write. Rows are
 * always locked in the same order (ledger, then risk rows by group name) so that two writers
 * cannot deadlock on each other. A risk row that does not exist yet is inserted; two writers
 * inserting it at once meet the unique key, and the transaction's retry updates the other's row.
 * The in-place updates run as plain JDBC ({@link NativeUpdate}).
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
        if (calls == 0 && inputTokens == 0 && outputTokens == 0 && cost == 0.0) {
            return; // nothing to add: the row need not be locked nor written
        }
        int updated = NativeUpdate.run(em, "update trb_cost_ledger set calls = calls + ?, input_tokens = input_tokens + ?,"
                + " output_tokens = output_tokens + ?, cost_usd = cost_usd + ?, version = version + 1 where run_id = ?",
                calls, inputTokens, outputTokens, cost, runId);
        if (updated == 0) {
            throw new TributaryException("Run " + runId + " has no cost ledger row; it must be registered first");
        }
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
        int updated = NativeUpdate.run(em, "update trb_risk_register set findings = findings + ?, negative = negative + ?,"
                + " high_severity = high_severity + ?, score = score + ?, version = version + 1"
                + " where subject_key = ? and finding_group = ?",
                findings, negative, highSeverity, score, subjectKey, group);
        if (updated == 0) {
            newRiskRow(em, subjectKey, group, findings, negative, highSeverity, score);
        }
    }

    /** The same update as a plain read and write, without a lock or version check. */
    private static void addRiskUnlocked(EntityManager em, String subjectKey, String group, long findings,
            long negative, long highSeverity, double score) {
        List<?> found = em.createNativeQuery("select id, findings, negative, high_severity, score"
                        + " from trb_risk_register where subject_key = ?1 and finding_group = ?2")
                .setParameter(1, subjectKey).setParameter(2, group).getResultList();
        if (found.isEmpty()) {
            newRiskRow(em, subjectKey, group, 0, 0, 0, 0.0);
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

    private static void newRiskRow(EntityManager em, String subjectKey, String group, long findings, long negative,
            long highSeverity, double score) {
        RiskRegisterEntity row = new RiskRegisterEntity();
        row.subjectKey = subjectKey;
        row.findingGroup = group;
        row.findings = findings;
        row.negative = negative;
        row.highSeverity = highSeverity;
        row.score = score;
        em.persist(row);
    }
}
