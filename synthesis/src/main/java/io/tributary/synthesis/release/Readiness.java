package io.tributary.synthesis.release;

/** The verdict of a release-readiness review. */
public enum Readiness {
    /** Every check delivered and nothing stands against a release. */
    READY,
    /** A release can go ahead once the listed conditions are met or accepted. */
    READY_WITH_CONDITIONS,
    /** Something blocks a release, or the review itself did not get far enough to say. */
    NOT_READY
}
