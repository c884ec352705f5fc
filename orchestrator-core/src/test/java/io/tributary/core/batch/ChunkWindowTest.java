package io.tributary.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import io.tributary.core.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ChunkWindowTest {

    static final Instant BEGIN = Instant.parse("2026-12-01T10:00:00Z");

    static Instant after(long millis) {
        return BEGIN.plusMillis(millis);
    }

    static ChunkWindow window(int items, long millis) {
        ChunkWindow chunk = new ChunkWindow(new CheckpointWindow(items, Duration.ofMillis(millis)));
        chunk.begin(BEGIN);
        return chunk;
    }

    @Test
    void fastItems_areCommittedInGroupsOfTheWindowsItemCount() {
        ChunkWindow chunk = window(3, 200);

        assertThat(chunk.itemDone(after(1), false)).isFalse();
        assertThat(chunk.itemDone(after(2), false)).isFalse();
        assertThat(chunk.itemDone(after(3), false)).isTrue();

        chunk.begin(after(3));
        assertThat(chunk.itemDone(after(4), false)).as("a new chunk counts from zero").isFalse();
    }

    @Test
    void itemsDoneAfterTheWindowsTime_endTheChunk_beforeItHoldsItsCount() {
        ChunkWindow chunk = window(100, 200);

        assertThat(chunk.itemDone(after(150), false)).isFalse();
        assertThat(chunk.itemDone(after(200), false)).as("200 ms after the chunk began").isTrue();
    }

    @Test
    void anItemSlowerThanTheWindow_isCommittedAlone() {
        ChunkWindow chunk = window(100, 200);

        assertThat(chunk.itemDone(after(4_000), false)).as("a model call of four seconds").isTrue();

        chunk.begin(after(4_000));
        assertThat(chunk.itemDone(after(4_001), false)).as("the time counts from the new chunk's beginning")
                .isFalse();
    }

    @Test
    void anItemThatAsksToBeCommitted_endsTheChunkAtOnce() {
        ChunkWindow chunk = window(100, 200);

        assertThat(chunk.itemDone(after(1), false)).isFalse();
        assertThat(chunk.itemDone(after(2), true)).isTrue();
    }

    @Test
    void aWindowOfOneItem_commitsEveryItemAlone_asItemCountOneDid() {
        assertThat(window(1, 10_000).itemDone(after(1), false)).isTrue();
    }

    @Test
    void theRuntimeSettings_giveTheDefaultWindow_andAStepPropertyOverridesThem() {
        Settings settings = settings(Map.of());

        assertThat(CheckpointWindow.of(settings)).isEqualTo(new CheckpointWindow(100, Duration.ofMillis(200)));
        assertThat(CheckpointWindow.of(JobSettings.of(Map.of(CheckpointWindow.ITEMS, "20")), settings, "press"))
                .isEqualTo(new CheckpointWindow(20, Duration.ofMillis(200)));
        assertThat(CheckpointWindow.of(JobSettings.of(Map.of(CheckpointWindow.MILLIS, " 50 ")), settings, "press"))
                .isEqualTo(new CheckpointWindow(100, Duration.ofMillis(50)));
    }

    @Test
    void badSettings_areRefusedNamingTheSettingAndTheValue() {
        assertThatThrownBy(() -> CheckpointWindow.of(settings(Map.of(CheckpointWindow.ITEMS_SETTING, "0"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Setting 'agent.checkpoint.items' must be a whole number from 1 to 2147483647, was '0'");
        assertThatThrownBy(() -> CheckpointWindow.of(settings(Map.of(CheckpointWindow.MILLIS_SETTING, "0.5s"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Setting 'agent.checkpoint.millis'").hasMessageContaining("'0.5s'");
    }

    @Test
    void aBadStepProperty_isRefusedNamingTheStepAndTheProperty() {
        assertThatThrownBy(() -> CheckpointWindow.of(JobSettings.of(Map.of(CheckpointWindow.ITEMS, "-3")),
                settings(Map.of()), "press"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Step 'press': property 'checkpointItems' must be a whole number from 1 to 2147483647,"
                        + " was '-3'");
    }

    private static Settings settings(Map<String, String> overrides) {
        return Settings.load(Path.of("target", "chunk-window-test"), Map.of(), new Properties(), overrides);
    }
}
