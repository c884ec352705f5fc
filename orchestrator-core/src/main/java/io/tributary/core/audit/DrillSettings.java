package io.tributary.core.audit;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How a drill runs its cases. The deadline and backoff are shortened (they decide how long a case
 * takes, never which decision it reaches); nothing else of the job's declared policy changes.
 *
 * @param input       the job parameters every case starts with (the job's input, such as its input folder)
 * @param deadline    the agents' deadline in the drill; a TIMED_OUT case sleeps past it
 * @param parallelism how many cases run at once
 * @param caseTimeout how long one case may take before the drill gives up on it
 */
public record DrillSettings(Properties input, Duration deadline, int parallelism, Duration caseTimeout) {

    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);
    public static final int DEFAULT_PARALLELISM = 16;
    public static final Duration DEFAULT_CASE_TIMEOUT = Duration.ofMinutes(2);

    public DrillSettings {
        Properties copy = new Properties();
        copy.putAll(Objects.requireNonNull(input, "input"));
        input = copy;
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the drill's agent deadline must be positive, was " + deadline);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("the drill's parallelism must be at least 1, was " + parallelism);
        }
    }

    /** Default deadline, parallelism and case timeout for the given input parameters. */
    public static DrillSettings of(Properties input) {
        return new DrillSettings(input, DEFAULT_DEADLINE, DEFAULT_PARALLELISM, DEFAULT_CASE_TIMEOUT);
    }

    @Override
    public Properties input() {
        Properties copy = new Properties();
        copy.putAll(input);
        return copy;
    }
}
