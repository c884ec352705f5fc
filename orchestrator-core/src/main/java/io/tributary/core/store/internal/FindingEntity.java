package io.tributary.core.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A committed finding; its evidence rows refer to it. */
@Entity
@Table(name = "trb_finding")
class FindingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "run_id")
    long runId;
    String agent;
    String approach;
    @Column(name = "item_key")
    String itemKey;
    @Column(name = "finding_key")
    String findingKey;
    @Column(name = "finding_group")
    String findingGroup;
    String topic;
    String claim;
    String polarity;
    String severity;
    double confidence;
    String attributes;
    String caveats;
    @Column(name = "execution_id")
    long executionId;
    @Column(name = "step_execution_id")
    long stepExecutionId;
    @Column(name = "trace_id")
    String traceId;
}
