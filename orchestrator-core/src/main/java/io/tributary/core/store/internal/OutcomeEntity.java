package io.tributary.core.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One agent's outcome in a run, updated as its items commit. */
@Entity
@Table(name = "trb_agent_outcome")
class OutcomeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "run_id")
    long runId;
    String agent;
    String approach;
    String status;
    @Column(name = "items_total")
    int itemsTotal;
    @Column(name = "items_done")
    int itemsDone;
    int findings;
    int attempts;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "ended_at")
    Instant endedAt;
    int calls;
    @Column(name = "input_tokens")
    long inputTokens;
    @Column(name = "output_tokens")
    long outputTokens;
    @Column(name = "latency_ms")
    long latencyMs;
    @Column(name = "cost_usd")
    double costUsd;
    String model;
    String error;
    String problems = "";
    boolean retriable;
    @Column(name = "execution_id")
    long executionId;
    @Column(name = "step_execution_id")
    long stepExecutionId;
    @Column(name = "trace_id")
    String traceId;
    @Version
    long version;
}
