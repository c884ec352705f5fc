package io.tributary.core.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Shared aggregate: what a run has consumed, across all its agents. */
@Entity
@Table(name = "trb_cost_ledger")
class CostLedgerEntity {
    @Id
    @Column(name = "run_id")
    long runId;
    long calls;
    @Column(name = "input_tokens")
    long inputTokens;
    @Column(name = "output_tokens")
    long outputTokens;
    @Column(name = "cost_usd")
    double costUsd;
    @Version
    long version;
}
