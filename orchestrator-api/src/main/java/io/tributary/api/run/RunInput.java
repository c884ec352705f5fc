package io.tributary.api.run;

import java.util.Objects;

/**
 * What a {@link RunIntake} made of a job's parameters.
 *
 * @param subject what the run is about
 * @param input   what its agents read
 */
public record RunInput(Subject subject, AgentInput input) {
    public RunInput {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(input, "input");
    }
}
