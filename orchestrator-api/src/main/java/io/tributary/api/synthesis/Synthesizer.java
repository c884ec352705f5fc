package io.tributary.api.synthesis;

import io.tributary.api.run.RunSnapshot;

/**
 * Turns what a run's agents delivered into one synthesis. Implementations are CDI beans; the
 * job's {@code synthesis} step calls the one named by the job property {@code synthesizer}
 * (checked when the run starts). Must not throw for missing agents: a degraded run is an input
 * like any other.
 */
public interface Synthesizer {

    /** Consolidate the run's findings under its policy decision. */
    Synthesis synthesise(RunSnapshot run);
}
