package io.tributary.core.store;

/** One row of a target's risk register: counts across every run on that target. */
public record RiskRow(String targetKey, String dimension, long findings, long negative, long highSeverity,
        double score) {
}
