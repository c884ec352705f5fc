package io.tributary.api.synthesis;

import io.tributary.api.run.RunSnapshot;

/**
 * Turns what a run's agents delivered into one assessment. Implementations are CDI beans; the
 * job's {@code synthesis} step calls the one named by its {@code synthesizer} property.
 * Must not throw for missing agents: a degraded run is an input like any other.
 */
public interface Synthesizer {

    /** Consolidate the run's findings under its policy decision. */
    Assessment synthesise(RunSnapshot run);
}
