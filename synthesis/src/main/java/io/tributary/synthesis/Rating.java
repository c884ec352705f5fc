package io.tributary.synthesis;

/**
 * How one dimension of the target looks on the settled evidence. Findings with caveats never
 * decide a rating on their own.
 */
public enum Rating {
    /** Settled evidence for the target, nothing material against it. */
    STRONG,
    /** Balanced or neutral settled evidence. */
    ADEQUATE,
    /** Settled evidence against the target outweighs the evidence for it. */
    WEAK,
    /** A critical finding against the target, or serious ones that clearly dominate. */
    CONCERNING,
    /** Evidence exists but none of it is settled (disputed, unverified or per-item only). */
    INCONCLUSIVE,
    /** No finding informs this dimension: its agent was missing or had no sources. */
    NO_EVIDENCE;

    /** True when settled evidence decided the rating. */
    public boolean informed() {
        return this != INCONCLUSIVE && this != NO_EVIDENCE;
    }
}
