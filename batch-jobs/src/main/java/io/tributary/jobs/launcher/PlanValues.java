package io.tributary.jobs.launcher;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The values {@code plan} (and {@code recover --stale}) take, with the picocli converters that read them. */
final class PlanValues {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    private static final Pattern LIMIT = Pattern.compile("(\\d+(?:\\.\\d+)?)([km]?)\\s*(rpm|tpm)");

    private PlanValues() {
    }

    /** Model input and output tokens per agent call. */
    record Tokens(long input, long output) {
    }

    /** USD per 1,000 input and output tokens. */
    record Prices(double input, double output) {
    }

    /** A provider's account limits, requests and tokens per minute; 0 where not given. */
    record RateLimits(double requestsPerMinute, double tokensPerMinute) {
    }

    /** {@code 1500ms}, {@code 2s}, {@code 1m}, {@code 1h}, ISO-8601 ({@code PT2S}), or a bare number of milliseconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String raw) {
            String text = raw.trim().toLowerCase(Locale.ROOT);
            Matcher m = SHORT_DURATION.matcher(text);
            if (m.matches()) {
                double value = Double.parseDouble(m.group(1));
                double ms = switch (m.group(2) == null ? "ms" : m.group(2)) {
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
                throw new TypeConversionException("a duration such as 1500ms, 2s or PT2S was expected, not '" + raw + "'");
            }
        }
    }

    /** {@code IN/OUT} token counts, such as {@code 2000/500}. */
    static final class TokensConverter implements ITypeConverter<Tokens> {
        @Override
        public Tokens convert(String raw) {
            String[] parts = raw.trim().split("\\s*[/,]\\s*");
            if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
                return new Tokens(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            }
            throw new TypeConversionException("input/output token counts such as 2000/500 were expected, not '" + raw + "'");
        }
    }

    /** USD per 1,000 input and output tokens from {@code IN/OUT}, or one figure for both. */
    static final class PricesConverter implements ITypeConverter<Prices> {
        @Override
        public Prices convert(String raw) {
            String[] parts = raw.trim().split("\\s*/\\s*");
            if (parts.length == 1 || parts.length == 2) {
                double in = price(parts[0]);
                double out = price(parts[parts.length - 1]);
                if (in >= 0 && out >= 0) {
                    return new Prices(in, out);
                }
            }
            throw new TypeConversionException("USD per 1,000 input/output tokens such as 0.0025/0.01 (or one figure"
                    + " for both), zero or more, was expected, not '" + raw + "'");
        }

        private static double price(String text) {
            return text.matches("-?\\d+(\\.\\d+)?") ? Double.parseDouble(text) : -1;
        }
    }

    /** Requests and tokens per minute from {@code 500rpm}, {@code 2m tpm}, {@code 500rpm,2000000tpm}. */
    static final class RateLimitsConverter implements ITypeConverter<RateLimits> {
        @Override
        public RateLimits convert(String raw) {
            double[] limits = new double[2];
            for (String part : raw.trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*")) {
                Matcher m = LIMIT.matcher(part);
                if (!m.matches()) {
                    throw new TypeConversionException("limits such as 500rpm or 500rpm,2000000tpm (k and m suffixes"
                            + " allowed) were expected, not '" + raw + "'");
                }
                double value = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
                    case "k" -> 1_000;
                    case "m" -> 1_000_000;
                    default -> 1;
                };
                limits[m.group(3).equals("rpm") ? 0 : 1] = value;
            }
            return new RateLimits(limits[0], limits[1]);
        }
    }
}
