package io.tributary.api.finding;

/** Reasons not to present a finding as settled. */
public enum Caveat {
    /** The quoted evidence was not found verbatim in the cited file (a model may have invented it). */
    UNVERIFIED,
    /** Independent approaches on the same input disagree about it. */
    DISPUTED
}
