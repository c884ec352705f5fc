package io.tributary.synthesis.internal;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Provenance;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Links stored findings to the agent runs that produced them. The model comes from the usage of
 * the outcome of the same agent and approach, since findings do not carry it themselves.
 */
public final class ProvenanceIndex {

    private final Map<Long, StoredFinding> findings = new HashMap<>();
    private final List<AgentOutcome> outcomes;

    private ProvenanceIndex(RunSnapshot run) {
        run.findings().forEach(f -> findings.putIfAbsent(f.id(), f));
        this.outcomes = run.outcomes();
    }

    /** The index of a run's findings. */
    public static ProvenanceIndex of(RunSnapshot run) {
        return new ProvenanceIndex(run);
    }

    /** The stored finding with this id, if the run has it. */
    public Optional<StoredFinding> finding(long id) {
        return Optional.ofNullable(findings.get(id));
    }

    /** The provenance of one finding, if the run has it. */
    public Optional<Provenance> provenance(long id) {
        return finding(id).map(this::provenance);
    }

    /** The provenance of each of {@code ids} the run has, by ascending id, once each. */
    public List<Provenance> provenance(Collection<Long> ids) {
        return new TreeSet<>(ids).stream().map(this::provenance).flatMap(Optional::stream).toList();
    }

    private Provenance provenance(StoredFinding f) {
        return new Provenance(f.id(), f.agent(), f.approach(), model(f), f.executionId(), f.stepExecutionId(),
                f.traceId(), f.finding().evidence());
    }

    private String model(StoredFinding f) {
        return outcomes.stream()
                .filter(o -> o.agent().equals(f.agent()) && o.approach().equals(f.approach()))
                .map(o -> o.usage().model())
                .filter(m -> !m.isBlank())
                .findFirst()
                .orElse("");
    }
}
