package io.tributary.api.finding;

/** Whether a finding counts for or against the run's subject. */
public enum Polarity {
    NEGATIVE, NEUTRAL, POSITIVE
}
