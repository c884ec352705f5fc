package io.tributary.synthesis.release;

import io.tributary.api.run.RunSnapshot;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Conclusion;
import io.tributary.api.synthesis.Consensus;
import io.tributary.api.synthesis.Coverage;
import io.tributary.api.synthesis.Statement;
import io.tributary.api.synthesis.Synthesis;
import io.tributary.api.synthesis.Synthesizer;
import io.tributary.synthesis.internal.ConsensusCheck;
import io.tributary.synthesis.internal.ProvenanceIndex;
import io.tributary.synthesis.internal.Settlement;
import io.tributary.synthesis.release.internal.ReadinessRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The synthesis of the release-readiness job: which checks delivered, which conclusions are
 * settled, and from them the verdict {@link Readiness} with its reasons and follow-ups, each citing
 * the findings (and through their provenance the files) it rests on. Stateless.
 */
@ApplicationScoped
@Named(ReleaseReadinessSynthesizer.NAME)
public class ReleaseReadinessSynthesizer implements Synthesizer {

    /** The bean name the job's {@code synthesizer} property refers to. */
    public static final String NAME = "release-readiness";

    @Override
    public Synthesis synthesise(RunSnapshot run) {
        Objects.requireNonNull(run, "run");
        List<Consensus> consensus = ConsensusCheck.of(run.findings());
        Set<Long> disputed = consensus.stream().flatMap(c -> c.disagreements().stream())
                .flatMap(d -> d.findingIds().stream()).collect(Collectors.toSet());
        Settlement settlement = new Settlement(disputed);
        Coverage coverage = Coverage.of(run);
        List<StoredFinding> conclusions = run.findings().stream().filter(Settlement::conclusion).toList();
        var verdict = ReadinessRules.decide(new ReadinessRules.Inputs(run.decision(),
                coverage.statuses().stream().map(Coverage.RoleStatus::agent).toList(),
                coverage.withoutEvidence().stream().map(Coverage.RoleStatus::agent).toList(),
                conclusions.stream().filter(settlement::settled).toList(),
                conclusions.stream().filter(f -> !settlement.settled(f)).toList()));
        String summary = verdict.reasons().stream().map(Statement::text).collect(Collectors.joining(" "));
        Set<Long> cited = Stream.concat(
                        Stream.concat(verdict.reasons().stream().flatMap(s -> s.findingIds().stream()),
                                verdict.followUps().stream().flatMap(f -> f.findingIds().stream())),
                        conclusions.stream().map(StoredFinding::id))
                .collect(Collectors.toSet());
        return new Conclusion(verdict.readiness().name(), verdict.confidence(), summary, verdict.reasons(), List.of(),
                verdict.followUps(), consensus, ProvenanceIndex.of(run).provenance(cited));
    }
}
