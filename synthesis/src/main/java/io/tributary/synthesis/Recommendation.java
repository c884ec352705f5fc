package io.tributary.synthesis;

/** The overall recommendation of an assessment, never stronger than its evidence allows. */
public enum Recommendation {
    PROCEED,
    PROCEED_WITH_CONDITIONS,
    DO_NOT_PROCEED,
    INSUFFICIENT_EVIDENCE
}
