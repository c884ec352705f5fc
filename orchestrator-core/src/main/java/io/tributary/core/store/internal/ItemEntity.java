package io.tributary.core.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One analysed work item: the unit a restart resumes by. */
@Entity
@Table(name = "trb_item_result")
class ItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "run_id")
    long runId;
    String agent;
    String approach;
    @Column(name = "item_key")
    String itemKey;
    String status;
    int attempts;
    int findings;
    @Column(name = "sources_used")
    int sourcesUsed;
    String problems;
    String error;
    boolean retriable;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "ended_at")
    Instant endedAt;
    @Column(name = "execution_id")
    long executionId;
    @Column(name = "step_execution_id")
    long stepExecutionId;
    @Version
    long version;
}
