package io.tributary.core.parameters;

import io.tributary.api.InvalidInputException;
import io.tributary.core.config.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jberet.util.BatchUtil;

/**
 * Checks a job's parameters before any agent runs, so that a typo, an out-of-range number or a
 * value too long to store is one sentence at intake instead of a default silently used, a step
 * failing mid-run or a database error. Names are checked against what the job XML uses
 * ({@link JobParameterUse}); values against the property they fill, by that property's meaning.
 */
public final class JobParameterCheck {

    /**
     * Characters the JDBC job repository keeps for all of an execution's parameters together:
     * JBeret's {@code JOB_EXECUTION.JOBPARAMETERS} is {@code VARCHAR(3000)} in its DDL for H2 (its
     * default {@code jberet.ddl}) and for PostgreSQL ({@code jberet-postgresql.ddl}).
     */
    public static final int JOB_PARAMETERS_COLUMN = 3000;

    /** What the value of a property must be, by the property's name. */
    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("agentTimeout", Rule.POSITIVE_DURATION),
            Map.entry("backoff", Rule.DURATION),
            Map.entry("retries", Rule.COUNT),
            Map.entry("maxRestarts", Rule.COUNT),
            Map.entry("minimum", Rule.COUNT),
            Map.entry("budgetTokens", Rule.COUNT),
            Map.entry("maxPartitions", Rule.POSITIVE),
            Map.entry("itemsPerPartition", Rule.POSITIVE),
            Map.entry("batchSize", Rule.POSITIVE),
            Map.entry("checkpointItems", Rule.POSITIVE),
            Map.entry("checkpointMillis", Rule.POSITIVE),
            Map.entry("maxFileBytes", Rule.POSITIVE),
            Map.entry("review", Rule.VERDICT));

    /** Parameters the batch runtime itself reads (such as {@code jberet.restart.mode}), not the job. */
    static final String RUNTIME_PREFIX = "jberet.";

    private JobParameterCheck() {
    }

    /**
     * Refuses parameters the job does not use (unless it allows them) and values that cannot mean
     * what the properties they fill need, naming each.
     *
     * @throws InvalidInputException listing every problem found
     */
    public static void check(String job, JobParameterUse use, Properties parameters) {
        storable(parameters);
        Set<String> unknown = new TreeSet<>(parameters.stringPropertyNames());
        unknown.removeAll(use.known());
        unknown.removeIf(name -> name.startsWith(RUNTIME_PREFIX));
        if (!unknown.isEmpty() && !use.allowsUnknown()) {
            throw new InvalidInputException("Unknown job parameter" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + " for job '" + job + "'; it knows " + String.join(", ", use.known())
                    + " (a job whose own artifacts read other parameters sets the job property "
                    + JobParameterUse.UNKNOWN_PARAMETERS + "=allow)");
        }
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(parameters.stringPropertyNames())) {
            String value = parameters.getProperty(name).strip();
            for (String property : use.feeds().getOrDefault(name, Set.of())) {
                Rule rule = RULES.get(property);
                if (!value.isEmpty() && rule != null) {
                    rule.problem(name, value).ifPresent(problems::add);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("; ", problems));
        }
    }

    /**
     * Refuses parameters that the JDBC job repository could not store, before the job starts
     * (JBeret stores them when it creates the execution, before any step runs).
     */
    public static void storable(Properties parameters) {
        int length = BatchUtil.propertiesToString(parameters).length();
        if (length > JOB_PARAMETERS_COLUMN) {
            String longest = parameters.stringPropertyNames().stream()
                    .max(Comparator.comparingInt(n -> parameters.getProperty(n).length())).orElse("");
            throw new InvalidInputException("Job parameters take " + length + " characters, more than the "
                    + JOB_PARAMETERS_COLUMN + " the job repository stores for one execution; the longest is '"
                    + longest + "' (" + parameters.getProperty(longest).length() + " characters): pass a file"
                    + " or a shorter value");
        }
    }

    /** A kind of value. */
    private enum Rule {
        DURATION, POSITIVE_DURATION, COUNT, POSITIVE, VERDICT;

        Optional<String> problem(String name, String value) {
            try {
                return switch (this) {
                    case DURATION, POSITIVE_DURATION -> duration(name, value);
                    case COUNT, POSITIVE -> number(name, value);
                    case VERDICT -> value.equalsIgnoreCase("accept") || value.equalsIgnoreCase("reject")
                            ? Optional.empty()
                            : Optional.of(name + " must be accept or reject, was '" + value + "'");
                };
            } catch (InvalidInputException e) {
                return Optional.of(e.getMessage());
            }
        }

        private Optional<String> duration(String name, String value) {
            Duration d = Settings.parseDuration(name, value);
            if (d.isNegative() || this == POSITIVE_DURATION && d.isZero()) {
                return Optional.of(name + " must be a " + (this == POSITIVE_DURATION ? "positive" : "non-negative")
                        + " duration, was '" + value + "'");
            }
            return Optional.empty();
        }

        private Optional<String> number(String name, String value) {
            long min = this == POSITIVE ? 1 : 0;
            try {
                long n = Long.parseLong(value);
                return n < min || n > Integer.MAX_VALUE
                        ? Optional.of(name + " must be a whole number from " + min + " to " + Integer.MAX_VALUE
                                + ", was " + value)
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of(name + " must be a whole number of at least " + min + ", was '" + value + "'");
            }
        }
    }
}
