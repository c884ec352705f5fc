package io.tributary.synthesis.report.internal;

import io.tributary.api.outcome.AgentOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The layout of the agents' timeline chart: one bar per agent from its start to its end on a
 * common time axis, so agents that ran in parallel visibly overlap. An agent that never started
 * gets a row without a bar; one without a recorded end gets an open bar to the end of the axis.
 *
 * @param width      the drawing's width in SVG units
 * @param height     its height
 * @param labelX     where agent labels end (they are right-aligned)
 * @param chartLeft  where the time axis starts
 * @param chartWidth the axis length
 * @param axisY      the axis line's y
 * @param ticks      the axis ticks
 * @param rows       one per agent outcome, by start time
 * @param spanText   the axis span, in words
 */
public record Timeline(int width, int height, int labelX, int chartLeft, int chartWidth, int axisY, List<Tick> ticks,
        List<Row> rows, String spanText) {

    static final int LABEL_WIDTH = 200;
    static final int CHART_WIDTH = 580;
    static final int RIGHT_MARGIN = 120;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 16;
    static final int TOP = 8;
    static final int AXIS_HEIGHT = 34;
    static final double MIN_BAR = 3.0;
    private static final long[] STEPS = {1, 2, 5};

    /** A tick on the time axis. */
    public record Tick(double x, String label) {
    }

    /**
     * One agent's row.
     *
     * @param label    agent, and approach when it differs
     * @param status   its status
     * @param css      the status as a CSS class ({@code status-succeeded})
     * @param y        the row's top
     * @param textY    the baseline of its texts
     * @param bar      its bar, or null when it never started
     * @param note     the duration or why there is no bar
     * @param noteX    where the note starts
     */
    public record Row(String label, String status, String css, double y, double barY, double textY, Bar bar,
            String note,
            double noteX) {
    }

    /**
     * A bar.
     *
     * @param x      left edge
     * @param width  length
     * @param open   true when no end was recorded (drawn to the end of the axis)
     * @param title  a tooltip: agent, status, start, end, duration
     */
    public record Bar(double x, double width, boolean open, String title) {
    }

    /** The layout for {@code outcomes}; {@code fallbackEnd} closes the axis when no agent recorded an end. */
    public static Timeline of(List<AgentOutcome> outcomes, Instant fallbackEnd) {
        var started = outcomes.stream().map(AgentOutcome::startedAt).filter(Objects::nonNull).toList();
        var origin = started.stream().min(Instant::compareTo).orElse(null);
        long span = origin == null ? 1 : Math.max(1, spanMs(outcomes, origin, fallbackEnd));
        var sorted = outcomes.stream()
                .sorted(Comparator.comparing(AgentOutcome::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AgentOutcome::agent).thenComparing(AgentOutcome::approach))
                .toList();
        var rows = new ArrayList<Row>();
        for (int i = 0; i < sorted.size(); i++) {
            rows.add(row(sorted.get(i), i, origin, span));
        }
        int axisY = TOP + rows.size() * ROW_HEIGHT + 6;
        return new Timeline(LABEL_WIDTH + CHART_WIDTH + RIGHT_MARGIN, axisY + AXIS_HEIGHT, LABEL_WIDTH - 12, LABEL_WIDTH,
                CHART_WIDTH,
                axisY, origin == null ? List.of() : ticks(span), rows, origin == null ? "no agent started" : format(span));
    }

    private static long spanMs(List<AgentOutcome> outcomes, Instant origin, Instant fallbackEnd) {
        var end = outcomes.stream()
                .flatMap(o -> Stream.of(o.startedAt(), o.endedAt()))
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(origin);
        boolean open = outcomes.stream().anyMatch(o -> o.startedAt() != null && o.endedAt() == null);
        if (open && fallbackEnd != null && fallbackEnd.isAfter(end)) {
            end = fallbackEnd;
        }
        return Duration.between(origin, end).toMillis();
    }

    private static Row row(AgentOutcome o, int index, Instant origin, long span) {
        var label = o.approach().equals(o.agent()) ? o.agent() : o.agent() + " (" + o.approach() + ")";
        double y = TOP + index * ROW_HEIGHT;
        double textY = y + ROW_HEIGHT / 2.0 + 4;
        double barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
        var css = "status-" + o.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (o.startedAt() == null || origin == null) {
            return new Row(label, o.status().name(), css, y, barY, textY, null, "did not start", LABEL_WIDTH + 4);
        }
        double scale = (double) CHART_WIDTH / span;
        long startMs = Duration.between(origin, o.startedAt()).toMillis();
        long endMs = o.endedAt() == null ? span : Math.max(startMs, Duration.between(origin, o.endedAt()).toMillis());
        double x = LABEL_WIDTH + startMs * scale;
        double width = Math.max(MIN_BAR, (endMs - startMs) * scale);
        var note = o.endedAt() == null ? "no end recorded" : format(endMs - startMs);
        var title = label + ": " + o.status() + ", from +" + format(startMs)
                + (o.endedAt() == null ? ", no end recorded" : " to +" + format(endMs) + " (" + note + ")");
        return new Row(label, o.status().name(), css, y, barY, textY, new Bar(x, width, o.endedAt() == null, title),
                note, x + width + 6);
    }

    /** Ticks at a round step (1, 2 or 5 times a power of ten milliseconds), about five of them. */
    private static List<Tick> ticks(long span) {
        long step = 1;
        outer:
        for (long power = 1; power <= 1_000_000_000_000L; power *= 10) {
            for (long s : STEPS) {
                if (span / (s * power) <= 5) {
                    step = s * power;
                    break outer;
                }
            }
        }
        var ticks = new ArrayList<Tick>();
        for (long t = 0; t <= span; t += step) {
            ticks.add(new Tick(LABEL_WIDTH + (double) t * CHART_WIDTH / span, format(t)));
        }
        return ticks;
    }

    /** {@code 850 ms}, {@code 1.25 s}, {@code 12.5 s}, {@code 3.2 min}. */
    static String format(long ms) {
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 120_000) {
            var seconds = String.format(Locale.ROOT, ms < 10_000 ? "%.2f" : "%.1f", ms / 1000.0);
            return seconds.replaceAll("\\.?0+$", "") + " s";
        }
        return String.format(Locale.ROOT, "%.1f min", ms / 60_000.0).replace(".0 min", " min");
    }
}
