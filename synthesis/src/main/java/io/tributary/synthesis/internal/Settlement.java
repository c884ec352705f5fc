package io.tributary.synthesis.internal;

import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.Severity;
import io.tributary.api.run.StoredFinding;
import java.util.EnumSet;
import java.util.Set;

/**
 * The caveats that apply to each finding in this synthesis: those the agent gave it, plus
 * {@link Caveat#DISPUTED} where independent approaches disagree. A finding is settled only when
 * none applies; unsettled findings are shown but never decide anything on their own.
 */
public final class Settlement {

    private final Set<Long> disputed;

    public Settlement(Set<Long> disputedFindingIds) {
        this.disputed = Set.copyOf(disputedFindingIds);
    }

    /** The caveats of a finding, its own and those found here. */
    public Set<Caveat> caveats(StoredFinding finding) {
        var caveats = EnumSet.noneOf(Caveat.class);
        caveats.addAll(finding.finding().caveats());
        if (disputed.contains(finding.id())) {
            caveats.add(Caveat.DISPUTED);
        }
        return caveats;
    }

    /** True when no caveat applies. */
    public boolean settled(StoredFinding finding) {
        return finding.finding().settled() && !disputed.contains(finding.id());
    }

    /** True for a conclusion (above {@link Severity#INFO}), as opposed to a per-item observation. */
    public static boolean conclusion(StoredFinding finding) {
        return finding.finding().severity() != Severity.INFO;
    }
}
