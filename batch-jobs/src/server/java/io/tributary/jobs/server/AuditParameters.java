package io.tributary.jobs.server;

import io.tributary.api.InvalidInputException;
import io.tributary.core.audit.DrillCases;
import io.tributary.core.audit.DrillSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.Set;

/**
 * The audit job's parameters, checked: each bad one is an error naming it and its value.
 *
 * @param job         the job of the deployment to audit
 * @param drill       whether the drill runs
 * @param maxCases    the bound up to which the drill runs every combination
 * @param deadline    the agents' deadline in the drill
 * @param parallelism drill cases at once
 * @param input       the other parameters: the audited job's input, given to every case
 */
record AuditParameters(String job, boolean drill, int maxCases, Duration deadline, int parallelism,
        Properties input) {

    /** Reads {@code params}; the names in {@code own} are the audit's, every other one is input. */
    static AuditParameters of(Properties params, Set<String> own) {
        String job = params.getProperty("job", "").trim();
        if (job.isEmpty() || !job.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || job.endsWith(".xml")) {
            throw new InvalidInputException("Job parameter 'job' must name a job of this deployment (such as"
                    + " due-diligence), was '" + params.getProperty("job", "") + "'");
        }
        String drill = params.getProperty("drill", "true").trim();
        if (!drill.equals("true") && !drill.equals("false")) {
            throw new InvalidInputException("Job parameter 'drill' must be true or false, was '" + drill + "'");
        }
        Properties input = new Properties();
        params.stringPropertyNames().stream().filter(n -> !own.contains(n))
                .forEach(n -> input.setProperty(n, params.getProperty(n)));
        return new AuditParameters(job, Boolean.parseBoolean(drill),
                positive(params, "maxCases", DrillCases.DEFAULT_MAX_CASES), deadline(params),
                positive(params, "parallelism", 2), input);
    }

    private static int positive(Properties params, String name, int fallback) {
        String text = params.getProperty(name, Integer.toString(fallback)).trim();
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw notPositive(name, text, e);
        }
        if (n < 1) {
            throw notPositive(name, text, null);
        }
        return n;
    }

    private static InvalidInputException notPositive(String name, String text, Exception cause) {
        return new InvalidInputException("Job parameter '" + name + "' must be a whole number of at least 1, was '"
                + text + "'", cause);
    }

    private static Duration deadline(Properties params) {
        String text = params.getProperty("deadline", DrillSettings.DEFAULT_DEADLINE.toString()).trim();
        String message = "Job parameter 'deadline' must be a positive ISO-8601 duration such as PT10S, was '"
                + text + "'";
        Duration d;
        try {
            d = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(message, e);
        }
        if (d.isNegative() || d.isZero()) {
            throw new InvalidInputException(message);
        }
        return d;
    }
}
