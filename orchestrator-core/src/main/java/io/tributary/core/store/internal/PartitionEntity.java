package io.tributary.core.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One partition of a partitioned agent step. */
@Entity
@Table(name = "trb_partition")
class PartitionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "run_id")
    long runId;
    String agent;
    String approach;
    @Column(name = "partition_no")
    int partitionNo;
    int items;
    int settled;
    int failed;
    int threads;
    int partitions;
    @Column(name = "execution_id")
    long executionId;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Version
    long version;
}
