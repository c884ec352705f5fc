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
    @Column(name = "subject_key")
    String subjectKey;
    @Column(name = "subject_name")
    String subjectName;
    @Column(name = "subject_attributes")
    String subjectAttributes;
    @Column(name = "input_kind")
    String inputKind;
    @Column(name = "input_value")
    String inputValue;
    @Column(name = "finding_groups")
    String findingGroups;
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
    String verdict;
    @Column(name = "report_dir")
    String reportDir;
    @Version
    long version;
}
