package io.tributary.core.batch;

import java.time.Duration;
import java.time.Instant;

/**
 * The chunk in hand of one agent step, measured against its {@link CheckpointWindow}: when it
 * began and how many items it holds. Not shared between threads: one chunk runner uses it.
 */
final class ChunkWindow {

    private final CheckpointWindow window;
    private Instant begun;
    private int count;

    ChunkWindow(CheckpointWindow window) {
        this.window = window;
    }

    /** A chunk begins {@code now}, empty. */
    void begin(Instant now) {
        begun = now;
        count = 0;
    }

    /**
     * One more item of the chunk is done {@code now}; true when the chunk is to be committed: it
     * holds the window's items, the window's time has passed since it began, or {@code alone} asks
     * for it.
     */
    boolean itemDone(Instant now, boolean alone) {
        count++;
        return alone || window.full(count, Duration.between(begun, now));
    }
}
