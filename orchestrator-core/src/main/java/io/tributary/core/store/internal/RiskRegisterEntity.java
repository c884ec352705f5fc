package io.tributary.core.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Shared aggregate: a subject's counts and score in one finding group, across all runs. */
@Entity
@Table(name = "trb_risk_register")
class RiskRegisterEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "subject_key")
    String subjectKey;
    @Column(name = "finding_group")
    String findingGroup;
    long findings;
    long negative;
    @Column(name = "high_severity")
    long highSeverity;
    double score;
    @Version
    long version;
}
