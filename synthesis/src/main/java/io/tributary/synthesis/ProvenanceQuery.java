package io.tributary.synthesis;

import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.Contradiction;
import io.tributary.api.synthesis.Provenance;
import io.tributary.api.synthesis.Statement;
import io.tributary.synthesis.internal.ProvenanceIndex;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Answers "which agents and which documents produced this conclusion" for any statement of an
 * assessment: its recommendation, a dimension's rating, a contradiction, or a single statement.
 * Uses the assessment's own provenance and falls back on the run for findings it does not cite.
 */
public final class ProvenanceQuery {

    private final Assessment assessment;
    private final RunSnapshot run;
    private final ProvenanceIndex index;

    public ProvenanceQuery(Assessment assessment, RunSnapshot run) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.run = Objects.requireNonNull(run, "run");
        this.index = ProvenanceIndex.of(run);
    }

    /** The sources of the recommendation: every finding its reasons rest on. */
    public ConclusionSources recommendation() {
        return of(assessment.reasons().stream().flatMap(s -> s.findingIds().stream()).toList());
    }

    /**
     * The sources of a dimension's rating: the settled findings that decided it and the unsettled
     * ones shown beside it.
     *
     * @throws IllegalArgumentException if the assessment does not rate that dimension
     */
    public ConclusionSources dimension(Dimension dimension) {
        var rated = assessment.dimension(dimension).orElseThrow(() -> new IllegalArgumentException(
                "The assessment of run " + run.runId() + " has no rating for dimension " + dimension));
        return of(Stream.concat(rated.reasons().stream(), rated.unsettled().stream())
                .flatMap(s -> s.findingIds().stream()).toList());
    }

    /** The sources of both sides of a contradiction. */
    public ConclusionSources contradiction(Contradiction contradiction) {
        return of(contradiction.findingIds());
    }

    /** The sources of one statement. */
    public ConclusionSources statement(Statement statement) {
        return of(statement.findingIds());
    }

    /**
     * The sources of the given findings.
     *
     * @throws IllegalArgumentException naming the first id that is neither cited by the assessment
     *                                  nor stored for the run
     */
    public ConclusionSources of(Collection<Long> findingIds) {
        var provenance = new TreeSet<>(findingIds).stream().map(this::provenance).toList();
        return new ConclusionSources(
                provenance.stream().map(Provenance::findingId).toList(),
                sorted(provenance.stream().map(Provenance::agent)),
                sorted(provenance.stream().map(ProvenanceQuery::run)),
                sorted(provenance.stream().flatMap(p -> p.evidence().stream()).map(e -> e.file())),
                sorted(provenance.stream().map(Provenance::traceId).filter(t -> !t.isBlank())),
                provenance);
    }

    private Provenance provenance(long id) {
        return assessment.provenanceOf(id).or(() -> index.provenance(id)).orElseThrow(() -> new IllegalArgumentException(
                "Finding " + id + " is neither cited by the assessment nor stored for run " + run.runId()));
    }

    private static String run(Provenance p) {
        return p.agent() + "/" + p.approach() + (p.model().isBlank() ? "" : " [" + p.model() + "]");
    }

    private static List<String> sorted(Stream<String> values) {
        return values.distinct().sorted().toList();
    }
}
