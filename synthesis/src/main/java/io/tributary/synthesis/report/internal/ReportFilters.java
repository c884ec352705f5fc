package io.tributary.synthesis.report.internal;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The formatting the report templates need, as Pebble filters, so templates stay free of logic
 * and output does not depend on the machine's locale or time zone: {@code label}
 * (PROCEED_WITH_CONDITIONS to "Proceed with conditions"), {@code css} (to
 * "proceed-with-conditions"), {@code percent}, {@code usd}, {@code instant} and {@code time} (UTC),
 * {@code ms} (a duration in milliseconds), {@code n} (one decimal, for SVG coordinates) and
 * {@code count} (thousands separated). A missing value prints as a dash.
 */
public final class ReportFilters extends AbstractExtension {

    static final String NONE = "\u2014";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "label", filter(v -> label(v.toString())),
                "css", filter(v -> v.toString().toLowerCase(Locale.ROOT).replace('_', '-')),
                "percent", filter(v -> Math.round(((Number) v).doubleValue() * 100) + "%"),
                "usd", filter(v -> usd(((Number) v).doubleValue())),
                "instant", filter(v -> INSTANT.format((Instant) v)),
                "time", filter(v -> TIME.format((Instant) v)),
                "ms", filter(v -> Timeline.format(((Number) v).longValue())),
                "n", filter(v -> String.format(Locale.ROOT, "%.1f", ((Number) v).doubleValue())),
                "count", filter(v -> String.format(Locale.ROOT, "%,d", ((Number) v).longValue())),
                "short", filter(v -> ReportDigest.shorten(v.toString())));
    }

    /** {@code PROCEED_WITH_CONDITIONS} becomes {@code Proceed with conditions}. */
    static String label(String name) {
        var words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String usd(double amount) {
        if (amount == 0) {
            return "$0.00";
        }
        return String.format(Locale.ROOT, Math.abs(amount) < 0.01 ? "$%.4f" : "$%,.2f", amount);
    }

    private static Filter filter(Function<Object, String> format) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                    int lineNumber) {
                return input == null ? NONE : format.apply(input);
            }
        };
    }
}
