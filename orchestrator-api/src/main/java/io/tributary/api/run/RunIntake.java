package io.tributary.api.run;

import java.util.Map;

/**
 * Turns a job's properties and parameters into what its run is about and what its agents read.
 * Implementations are CDI beans; the job's {@code intake} step calls the one named by the job
 * property {@code intake}, once per execution, before any agent runs.
 *
 * <p>Must read only the input it is given and throw {@link io.tributary.api.InvalidInputException}
 * naming the input and what is wrong with it when the input cannot be used; the run then ends
 * with the exit status {@code INVALID_INPUT} and nothing is registered.
 */
public interface RunIntake {

    /**
     * The run's subject and input.
     *
     * @param properties the intake step's properties over the job's, with job parameters applied
     */
    RunInput open(Map<String, String> properties);
}
