package io.tributary.core.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A running execution's owner and heartbeat. */
@Entity
@Table(name = "trb_lease")
class LeaseEntity {
    @Id
    @Column(name = "execution_id")
    long executionId;
    @Column(name = "run_id")
    long runId;
    String owner;
    @Column(name = "heartbeat_at")
    Instant heartbeatAt;
    boolean released;
}
