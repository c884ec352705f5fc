package io.tributary.core.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A run (job instance). */
@Entity
@Table(name = "trb_run")
class RunEntity {
    @Id
    @Column(name = "run_id")
    long runId;
    @Column(name = "job_name")
    String jobName;
    @Column(name = "target_key")
    String targetKey;
    @Column(name = "target_name")
    String targetName;
    @Column(name = "target_cik")
    String targetCik;
    @Column(name = "target_ticker")
    String targetTicker;
    String dossier;
    String agents;
    String policy;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "last_execution_id")
    long lastExecutionId;
    @Column(name = "trace_id")
    String traceId;
    @Column(name = "span_id")
    String spanId;
    String recommendation;
    @Column(name = "report_dir")
    String reportDir;
    @Version
    long version;
}
