package io.tributary.synthesis.internal;

import io.tributary.api.policy.Decision;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Consensus;
import io.tributary.api.synthesis.Statement;
import io.tributary.synthesis.DimensionAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The statements that explain a recommendation, each naming the findings it rests on: the policy
 * decision, dimensions without evidence, critical red flags, each rated dimension (worst first),
 * open contradictions and disagreement between approaches.
 */
final class Reasons {

    private static final Comparator<DimensionAssessment> WORST_FIRST = Comparator.comparingInt(d -> switch (d.rating()) {
        case CONCERNING -> 0;
        case WEAK -> 1;
        case ADEQUATE -> 2;
        case STRONG -> 3;
        default -> 4;
    });

    private Reasons() {
    }

    static List<Statement> of(RecommendationRules.Inputs inputs, List<StoredFinding> criticals) {
        var reasons = new ArrayList<Statement>();
        var decision = inputs.decision();
        if (decision != null && decision.outcome() != Decision.PROCEED) {
            var missing = decision.missingAgents().isEmpty() ? ""
                    : " Missing agents: " + String.join(", ", decision.missingAgents()) + ".";
            var why = decision.reason().strip();
            reasons.add(Statement.unsupported("The policy decision is " + decision.outcome() + ": " + why
                    + (why.endsWith(".") ? "" : ".") + missing));
        }
        var uninformed = inputs.dimensions().stream().filter(d -> !d.rating().informed()).toList();
        if (!uninformed.isEmpty()) {
            var titles = uninformed.stream().map(d -> d.dimension().title() + " (" + d.rating() + ")").toList();
            var ids = uninformed.stream().flatMap(d -> d.unsettled().stream()).flatMap(s -> s.findingIds().stream())
                    .toList();
            reasons.add(new Statement("No settled evidence on " + String.join(", ", titles) + ".", ids));
        }
        criticals.forEach(f -> reasons.add(new Statement("Critical red flag: " + f.finding().claim(), List.of(f.id()))));
        inputs.dimensions().stream().filter(d -> d.rating().informed()).sorted(WORST_FIRST)
                .forEach(d -> reasons.add(dimension(d)));
        inputs.contradictions().forEach(c -> reasons.add(new Statement(
                "Open contradiction (" + c.severity() + "): " + c.subject() + ".", c.findingIds())));
        inputs.consensus().stream().filter(c -> !c.disagreements().isEmpty()).forEach(c -> reasons.add(consensus(c)));
        return reasons;
    }

    private static Statement dimension(DimensionAssessment assessment) {
        var ids = assessment.reasons().stream().flatMap(s -> s.findingIds().stream()).toList();
        var lead = assessment.reasons().isEmpty() ? "" : " " + assessment.reasons().get(0).text();
        var text = assessment.dimension().title() + " is rated " + assessment.rating() + "." + lead;
        return new Statement(text, ids);
    }

    private static Statement consensus(Consensus consensus) {
        var ids = consensus.disagreements().stream().flatMap(d -> d.findingIds().stream()).toList();
        return new Statement(String.format(Locale.ROOT,
                "Approaches %s to %s agree on %d of %d subjects (%.0f%%); findings on the %d disputed subject(s) "
                        + "are not taken as settled.",
                String.join(", ", consensus.approaches()), consensus.agent(), consensus.agreed(), consensus.compared(),
                consensus.agreementRate() * 100, consensus.disagreements().size()), ids);
    }
}
