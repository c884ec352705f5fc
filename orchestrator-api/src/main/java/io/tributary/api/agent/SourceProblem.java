package io.tributary.api.agent;

/**
 * A source an agent could not use, and why. One bad file costs that file's evidence, not
 * the run: the agent reports the problem and goes on with its other sources.
 *
 * @param file    path relative to the input root (or another name of the source)
 * @param problem what is wrong, in words a user can act on
 */
public record SourceProblem(String file, String problem) {
}
