package io.tributary.synthesis.internal;

import io.tributary.api.finding.Severity;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Contradiction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Applies contradiction rules to a run's findings. A contradiction is as serious as the more
 * serious of its sides (a critical red flag glossed over by a modest press release is still
 * critical), one step less when one side rests only on findings that are not settled.
 */
public final class ContradictionDetector {

    private final List<ContradictionRule> rules;
    private final Settlement settlement;

    public ContradictionDetector(List<ContradictionRule> rules, Settlement settlement) {
        this.rules = List.copyOf(rules);
        this.settlement = settlement;
    }

    /** The contradictions in {@code findings}, most severe first; rules without both sides yield none. */
    public List<Contradiction> detect(List<StoredFinding> findings) {
        var found = new ArrayList<Contradiction>();
        for (var rule : rules) {
            apply(rule, findings).ifPresent(found::add);
        }
        found.sort((a, b) -> b.severity().compareTo(a.severity()));
        return found;
    }

    private Optional<Contradiction> apply(ContradictionRule rule, List<StoredFinding> findings) {
        var warning = rule.warning().apply(findings);
        var warningIds = new HashSet<Long>();
        warning.forEach(f -> warningIds.add(f.id()));
        var reassurance = rule.reassurance().apply(findings).stream().filter(f -> !warningIds.contains(f.id())).toList();
        if (warning.isEmpty() || reassurance.isEmpty()) {
            return Optional.empty();
        }
        var warningText = SideDescription.of(warning);
        var reassuranceText = SideDescription.of(reassurance);
        return Optional.of(Contradiction.between(rule.name(), rule.subject(), severity(warning, reassurance),
                SideDescription.side(rule.warningPosition() + ": " + warningText, warning),
                SideDescription.side(rule.reassurancePosition() + ": " + reassuranceText, reassurance),
                String.format(rule.check(), warningText, reassuranceText)));
    }

    private Severity severity(List<StoredFinding> warning, List<StoredFinding> reassurance) {
        var worst = max(max(Severity.LOW, warning), reassurance);
        boolean unsettledSide = warning.stream().noneMatch(settlement::settled)
                || reassurance.stream().noneMatch(settlement::settled);
        if (unsettledSide && worst.compareTo(Severity.LOW) > 0) {
            return Severity.values()[worst.ordinal() - 1];
        }
        return worst;
    }

    private static Severity max(Severity floor, List<StoredFinding> findings) {
        return findings.stream().map(f -> f.finding().severity()).reduce(floor, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
}
