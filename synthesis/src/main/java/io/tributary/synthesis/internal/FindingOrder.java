package io.tributary.synthesis.internal;

import io.tributary.api.finding.Polarity;
import io.tributary.api.run.StoredFinding;
import java.util.Comparator;
import java.util.List;

/** The order in which findings are listed: most severe first, findings against the target before others. */
public final class FindingOrder {

    private static final List<Polarity> POLARITY_ORDER = List.of(Polarity.NEGATIVE, Polarity.NEUTRAL, Polarity.POSITIVE);

    /** Severity descending, then negative before neutral before positive, then topic, then id. */
    public static final Comparator<StoredFinding> STRONGEST_FIRST = Comparator
            .comparing((StoredFinding f) -> f.finding().severity(), Comparator.reverseOrder())
            .thenComparing(f -> POLARITY_ORDER.indexOf(f.finding().polarity()))
            .thenComparing(f -> f.finding().topic())
            .thenComparingLong(StoredFinding::id);

    private FindingOrder() {
    }
}
