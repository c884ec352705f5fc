package io.tributary.core.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A policy decision with its inputs (as JSON) and reason. */
@Entity
@Table(name = "trb_decision")
class DecisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "run_id")
    long runId;
    @Column(name = "execution_id")
    long executionId;
    String outcome;
    String reason;
    @Column(name = "missing_agents")
    String missingAgents;
    String policy;
    String inputs;
    String reviewer;
    @Column(name = "decided_at")
    Instant decidedAt;
}
