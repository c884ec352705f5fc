package io.tributary.jobs.launcher;

import io.tributary.api.InvalidInputException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the values {@code plan} takes: durations, token pairs and rate limits, naming the option on error. */
final class PlanValues {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    private static final Pattern LIMIT = Pattern.compile("(\\d+(?:\\.\\d+)?)([km]?)\\s*(rpm|tpm)");

    private PlanValues() {
    }

    /** {@code 1500ms}, {@code 2s}, {@code 1m}, {@code 1h}, ISO-8601 ({@code PT2S}), or a bare number of milliseconds. */
    static Duration duration(String option, String raw) {
        String text = raw.trim().toLowerCase(Locale.ROOT);
        Matcher m = SHORT_DURATION.matcher(text);
        if (m.matches()) {
            double value = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "ms" : m.group(2);
            double ms = switch (unit) {
                case "ms" -> value;
                case "s" -> value * 1_000;
                case "m" -> value * 60_000;
                default -> value * 3_600_000;
            };
            return Duration.ofNanos(Math.round(ms * 1_000_000));
        }
        try {
            return Duration.parse(raw.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("plan: " + option + " must be a duration such as 1500ms, 2s or PT2S, was '"
                    + raw + "'");
        }
    }

    /** {@code IN/OUT} token counts, such as {@code 2000/500}. */
    static long[] tokens(String raw) {
        String[] parts = raw.trim().split("\\s*[/,]\\s*");
        try {
            if (parts.length == 2) {
                return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new InvalidInputException("plan: --tokens-per-task must be input/output token counts such as 2000/500,"
                + " was '" + raw + "'");
    }

    /** USD per 1,000 input and output tokens from {@code IN/OUT}, or one figure for both. */
    static double[] prices(String raw) {
        String[] parts = raw.trim().split("\\s*/\\s*");
        try {
            if (parts.length == 1 || parts.length == 2) {
                double in = Double.parseDouble(parts[0]);
                double out = Double.parseDouble(parts[parts.length - 1]);
                if (in >= 0 && out >= 0 && Double.isFinite(in) && Double.isFinite(out)) {
                    return new double[] {in, out};
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new InvalidInputException("plan: --price must be USD per 1,000 input/output tokens such as 0.0025/0.01"
                + " (or one figure for both), zero or more, was '" + raw + "'");
    }

    /** Requests and tokens per minute from {@code 500rpm}, {@code 2m tpm}, {@code 500rpm,2000000tpm}; 0 where not given. */
    static double[] rateLimits(String raw) {
        double[] limits = new double[2];
        for (String part : raw.trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*")) {
            Matcher m = LIMIT.matcher(part);
            if (!m.matches()) {
                throw new InvalidInputException("plan: --provider-rate-limit takes limits such as 500rpm or"
                        + " 500rpm,2000000tpm (k and m suffixes allowed), was '" + raw + "'");
            }
            double value = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
                case "k" -> 1_000;
                case "m" -> 1_000_000;
                default -> 1;
            };
            limits[m.group(3).equals("rpm") ? 0 : 1] = value;
        }
        return limits;
    }
}
