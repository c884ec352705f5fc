package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import io.tributary.core.config.Settings;
import java.time.Duration;

/**
 * How many finished items an agent step's chunk holds at most, and for how long at most, before
 * it is committed: one store transaction and one checkpoint of the batch runtime for the whole
 * chunk. An item slower than {@code span} (a model call of seconds) is committed alone, at once,
 * as if there were no window; a run of fast items is committed in groups of up to {@code items}.
 *
 * <p>The window bounds what a crash can lose: the items of the chunk in hand, finished but not yet
 * committed, which a restart analyses again (the store, not the checkpoint, is what the agent's
 * reader resumes from). It also bounds how far the progress that {@code status} shows lags behind.
 *
 * <p>Set by the runtime settings {@value #ITEMS_SETTING} and {@value #MILLIS_SETTING}, which a
 * job property or step property {@value #ITEMS} and {@value #MILLIS} overrides (an agent declared
 * in one line takes {@code agent:checkpointItems}, and a job parameter {@code <role>.checkpointItems}
 * overrides that).
 *
 * @param items the most items one chunk holds, at least 1
 * @param span  how long after a chunk began it is committed once the item in hand is done, at least 1 ms
 */
public record CheckpointWindow(int items, Duration span) {

    /** Runtime setting: the most items one chunk of an agent step holds. */
    public static final String ITEMS_SETTING = "agent.checkpoint.items";
    /** Runtime setting: milliseconds after which a chunk of an agent step is committed. */
    public static final String MILLIS_SETTING = "agent.checkpoint.millis";
    /** Job or step property overriding {@value #ITEMS_SETTING}. */
    public static final String ITEMS = "checkpointItems";
    /** Job or step property overriding {@value #MILLIS_SETTING}. */
    public static final String MILLIS = "checkpointMillis";

    public CheckpointWindow {
        if (items < 1) {
            throw new IllegalArgumentException("A checkpoint window holds at least 1 item, was " + items);
        }
        if (span.toMillis() < 1) {
            throw new IllegalArgumentException("A checkpoint window lasts at least 1 ms, was " + span);
        }
    }

    /** The window of the runtime settings; a bad value fails naming the setting. */
    public static CheckpointWindow of(Settings settings) {
        return new CheckpointWindow(positive("Setting '" + ITEMS_SETTING + "'", settings.get(ITEMS_SETTING)),
                Duration.ofMillis(positive("Setting '" + MILLIS_SETTING + "'", settings.get(MILLIS_SETTING))));
    }

    /**
     * The window of a step: its properties {@value #ITEMS} and {@value #MILLIS} where given, else the
     * runtime settings; a bad value fails naming the property and the step.
     */
    static CheckpointWindow of(JobSettings props, Settings settings, String step) {
        CheckpointWindow defaults = of(settings);
        int items = props.find(ITEMS).map(v -> positive("Step '" + step + "': property '" + ITEMS + "'", v))
                .orElse(defaults.items());
        int millis = props.find(MILLIS).map(v -> positive("Step '" + step + "': property '" + MILLIS + "'", v))
                .orElse((int) defaults.span().toMillis());
        return new CheckpointWindow(items, Duration.ofMillis(millis));
    }

    /** Whether a chunk that holds {@code count} items and began {@code elapsed} ago is to be committed now. */
    boolean full(int count, Duration elapsed) {
        return count >= items || elapsed.compareTo(span) >= 0;
    }

    /** {@code value} as a whole number of at least 1, else an error naming {@code what}. */
    static int positive(String what, String value) {
        String text = value.strip();
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new InvalidInputException(what + " must be a whole number from 1 to " + Integer.MAX_VALUE
                + ", was '" + value + "'");
    }
}
