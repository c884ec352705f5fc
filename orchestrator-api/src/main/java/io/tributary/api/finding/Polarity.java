package io.tributary.api.finding;

/** Whether a finding counts for or against the target. */
public enum Polarity {
    NEGATIVE, NEUTRAL, POSITIVE
}
