package io.tributary.synthesis;

import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.Consensus;
import io.tributary.api.synthesis.Statement;
import io.tributary.api.synthesis.Synthesizer;
import io.tributary.synthesis.internal.ConsensusCheck;
import io.tributary.synthesis.internal.ContradictionDetector;
import io.tributary.synthesis.internal.ContradictionRules;
import io.tributary.synthesis.internal.Coverage;
import io.tributary.synthesis.internal.DimensionRater;
import io.tributary.synthesis.internal.FollowUps;
import io.tributary.synthesis.internal.ProvenanceIndex;
import io.tributary.synthesis.internal.RecommendationRules;
import io.tributary.synthesis.internal.Settlement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The synthesis of the due-diligence job. In order: approaches to the same role are compared
 * (their disagreements become disputed findings), each dimension is rated on its settled
 * conclusions, contradictions between red flags and reassurances are paired, and the
 * recommendation is drawn under the policy decision, never stronger than the evidence allows.
 * Stateless, so one instance serves every run.
 */
@ApplicationScoped
@Named("due-diligence")
public class DueDiligenceSynthesizer implements Synthesizer {

    @Override
    public Assessment synthesise(RunSnapshot run) {
        Objects.requireNonNull(run, "run");
        var findings = run.findings();
        var consensus = ConsensusCheck.of(findings);
        var disputed = disputed(consensus);
        var settlement = new Settlement(disputed);
        var coverage = Coverage.of(run);
        var rater = new DimensionRater(settlement, coverage);
        var dimensions = Arrays.stream(Dimension.values())
                .map(d -> rater.rate(d, findings.stream().filter(f -> d.holds(f.finding().group())).toList()))
                .toList();
        var contradictions = new ContradictionDetector(ContradictionRules.dueDiligence(), settlement).detect(findings);
        var conclusions = findings.stream().filter(Settlement::conclusion).toList();
        var verdict = RecommendationRules.decide(new RecommendationRules.Inputs(run.decision(), dimensions,
                contradictions, consensus, conclusions.stream().filter(settlement::settled).toList(),
                conclusions.stream().filter(f -> disputed.contains(f.id())).toList(),
                conclusions.stream().filter(f -> !settlement.settled(f)).toList()));
        var followUps = FollowUps.of(contradictions, coverage, consensus, findings, settlement);
        var missing = missingDimensions(dimensions, coverage);
        var summary = verdict.reasons().stream().map(Statement::text).collect(Collectors.joining(" "));
        var cited = Stream.of(
                        verdict.reasons().stream().flatMap(s -> s.findingIds().stream()),
                        dimensions.stream().flatMap(DueDiligenceSynthesizer::statements)
                                .flatMap(s -> s.findingIds().stream()),
                        contradictions.stream().flatMap(c -> c.findingIds().stream()),
                        followUps.stream().flatMap(f -> f.findingIds().stream()),
                        disputed.stream())
                .flatMap(ids -> ids)
                .collect(Collectors.toSet());
        return new Assessment(verdict.recommendation(), verdict.confidence(), summary, contradictions,
                verdict.reasons(), dimensions, missing, followUps, consensus,
                ProvenanceIndex.of(run).provenance(cited));
    }

    private static Set<Long> disputed(List<Consensus> consensus) {
        return consensus.stream().flatMap(c -> c.disagreements().stream()).flatMap(d -> d.findingIds().stream())
                .collect(Collectors.toSet());
    }

    /** Dimensions without any finding, or whose agent did not deliver. */
    private static List<Dimension> missingDimensions(List<DimensionAssessment> dimensions, Coverage coverage) {
        return dimensions.stream()
                .filter(d -> d.rating() == Rating.NO_EVIDENCE
                        || coverage.forDimension(d.dimension()).map(r -> !r.delivered()).orElse(false))
                .map(DimensionAssessment::dimension)
                .toList();
    }

    private static Stream<Statement> statements(DimensionAssessment dimension) {
        return Stream.concat(dimension.reasons().stream(), dimension.unsettled().stream());
    }
}
