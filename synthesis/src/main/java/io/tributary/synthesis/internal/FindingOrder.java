package io.tributary.synthesis.internal;

import io.tributary.api.finding.Polarity;
import io.tributary.api.run.StoredFinding;
import java.util.Comparator;

/** The order in which findings are listed: most severe first, findings against the target before others. */
public final class FindingOrder {

    /** Severity descending, then negative before neutral before positive, then topic, then id. */
    public static final Comparator<StoredFinding> STRONGEST_FIRST = Comparator
            .comparing((StoredFinding f) -> f.finding().severity(), Comparator.reverseOrder())
            .thenComparing(f -> f.finding().polarity() == Polarity.NEGATIVE ? 0 : f.finding().polarity() == Polarity.NEUTRAL ? 1 : 2)
            .thenComparing(f -> f.finding().topic())
            .thenComparingLong(StoredFinding::id);

    private FindingOrder() {
    }
}
