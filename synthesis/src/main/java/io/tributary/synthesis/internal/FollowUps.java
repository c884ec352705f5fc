package io.tributary.synthesis.internal;

import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Severity;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Consensus;
import io.tributary.api.synthesis.Contradiction;
import io.tributary.api.synthesis.FollowUp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a reviewer should do before relying on an assessment: resolve each contradiction, obtain
 * the evidence of missing agents, decide the subjects the approaches disagree on, and check the
 * quotes that could not be verified. Most urgent first.
 */
public final class FollowUps {

    private FollowUps() {
    }

    /** The follow-ups of an assessment, by priority, most urgent first. */
    public static List<FollowUp> of(List<Contradiction> contradictions, Coverage coverage, List<Consensus> consensus,
            List<StoredFinding> findings, Settlement settlement) {
        var followUps = new ArrayList<FollowUp>();
        contradictions.forEach(c -> followUps.add(new FollowUp(c.severity(), c.check(), c.findingIds())));
        coverage.withoutEvidence().forEach(role -> followUps.add(new FollowUp(Severity.MEDIUM,
                "Obtain evidence on " + role.title() + ": " + role.explanation()
                        + ". Add its sources to the dossier or run the agent again.", List.of())));
        var byId = findings.stream().collect(Collectors.toMap(StoredFinding::id, Function.identity(), (a, b) -> a));
        consensus.forEach(c -> followUps.addAll(disputes(c, byId)));
        findings.stream()
                .filter(f -> Settlement.conclusion(f) && settlement.caveats(f).contains(Caveat.UNVERIFIED))
                .forEach(f -> followUps.add(new FollowUp(f.finding().severity(),
                        "Verify the quote behind \"" + f.finding().claim() + "\" in " + places(f.finding().evidence())
                                + ": it was not found verbatim in the cited file.", List.of(f.id()))));
        followUps.sort(Comparator.comparing(FollowUp::priority, Comparator.reverseOrder()));
        return followUps;
    }

    /** Disputed conclusions one by one; disputed per-item observations as one follow-up per role. */
    private static List<FollowUp> disputes(Consensus consensus, Map<Long, StoredFinding> byId) {
        var result = new ArrayList<FollowUp>();
        var itemIds = new ArrayList<Long>();
        int items = 0;
        for (var disagreement : consensus.disagreements()) {
            var found = disagreement.findingIds().stream().map(byId::get).filter(Objects::nonNull).toList();
            var worst = found.stream().map(f -> f.finding().severity()).max(Comparator.naturalOrder()).orElse(Severity.INFO);
            if (worst == Severity.INFO) {
                itemIds.addAll(disagreement.findingIds());
                items++;
                continue;
            }
            var answers = disagreement.values().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            result.add(new FollowUp(worst, "Decide " + disagreement.subject() + ", on which the approaches to "
                    + consensus.agent() + " disagree (" + answers + "), from the underlying sources.",
                    disagreement.findingIds()));
        }
        if (!itemIds.isEmpty()) {
            result.add(new FollowUp(Severity.LOW, "Review the " + items + " item(s) on which the approaches to "
                    + consensus.agent() + " disagree (" + String.join(", ", consensus.approaches())
                    + "); they are marked DISPUTED and carry no weight.", itemIds));
        }
        return result;
    }

    private static String places(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return "the dossier (no evidence cited)";
        }
        return evidence.stream().map(e -> e.file() + (e.locator().isBlank() ? "" : " at " + e.locator()))
                .distinct().collect(Collectors.joining("; "));
    }
}
