package io.tributary.core.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tributary.api.TributaryException;
import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.StoredFinding;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads findings with their evidence, and reads and writes policy decisions. */
final class RunReader {

    List<StoredFinding> findings(EntityManager em, long runId, String agent, String approach) {
        String jpql = "select f from FindingEntity f where f.runId = :run"
                + (agent == null ? "" : " and f.agent = :agent and f.approach = :approach") + " order by f.id";
        TypedQuery<FindingEntity> q = em.createQuery(jpql, FindingEntity.class).setParameter("run", runId);
        if (agent != null) {
            q.setParameter("agent", agent).setParameter("approach", approach);
        }
        List<FindingEntity> rows = q.getResultList();
        Map<Long, List<Evidence>> evidence = evidence(em, runId, agent, approach);
        List<StoredFinding> out = new ArrayList<>(rows.size());
        for (FindingEntity f : rows) {
            Set<Caveat> caveats = Codec.caveats(f.caveats);
            Finding finding = new Finding(f.findingKey, f.findingGroup, f.topic, f.claim,
                    Polarity.valueOf(f.polarity), Severity.valueOf(f.severity), f.confidence,
                    evidence.getOrDefault(f.id, List.of()), Codec.attributes(f.attributes), caveats);
            out.add(new StoredFinding(f.id, f.agent, f.approach, f.itemKey, finding, f.executionId,
                    f.stepExecutionId, f.traceId));
        }
        return out;
    }

    private static Map<Long, List<Evidence>> evidence(EntityManager em, long runId, String agent, String approach) {
        // A join, not "in (subquery)": H2 evaluates the latter once per row.
        String jpql = "select e from EvidenceEntity e, FindingEntity f where e.findingId = f.id and f.runId = :run"
                + (agent == null ? "" : " and f.agent = :agent and f.approach = :approach")
                + " order by e.findingId, e.ordinal";
        TypedQuery<EvidenceEntity> q = em.createQuery(jpql, EvidenceEntity.class).setParameter("run", runId);
        if (agent != null) {
            q.setParameter("agent", agent).setParameter("approach", approach);
        }
        List<EvidenceEntity> rows = q.getResultList();
        Map<Long, List<Evidence>> byFinding = new HashMap<>();
        for (EvidenceEntity e : rows) {
            byFinding.computeIfAbsent(e.findingId, k -> new ArrayList<>()).add(new Evidence(e.file, e.locator, e.quote));
        }
        return byFinding;
    }

    void persistDecision(EntityManager em, long runId, long executionId, PolicyDecision d) {
        DecisionEntity row = new DecisionEntity();
        row.runId = runId;
        row.executionId = executionId;
        row.outcome = d.outcome().name();
        row.reason = Codec.bounded(d.reason(), 4000);
        row.missingAgents = Codec.names(d.missingAgents());
        row.policy = Codec.bounded(d.policy(), 2000);
        row.inputs = Codec.json(d.inputs());
        row.reviewer = Codec.bounded(d.reviewer(), 500);
        row.decidedAt = d.decidedAt();
        em.persist(row);
    }

    List<PolicyDecision> decisions(EntityManager em, long runId) {
        return em.createQuery("select d from DecisionEntity d where d.runId = :run order by d.id", DecisionEntity.class)
                .setParameter("run", runId).getResultList().stream()
                .map(d -> new PolicyDecision(Decision.valueOf(d.outcome), d.reason, Codec.names(d.missingAgents),
                        d.policy, inputs(d.inputs), d.reviewer, d.decidedAt))
                .toList();
    }

    static List<AgentOutcome> inputs(String json) {
        try {
            return Codec.JSON.readValue(json, new TypeReference<List<AgentOutcome>>() { });
        } catch (JsonProcessingException e) {
            throw new TributaryException("A stored decision's inputs are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
