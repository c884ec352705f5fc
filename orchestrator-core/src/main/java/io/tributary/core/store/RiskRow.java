package io.tributary.core.store;

/** One row of a subject's risk register: counts of one finding group across every run on that subject. */
public record RiskRow(String subjectKey, String group, long findings, long negative, long highSeverity,
        double score) {
}
