package io.tributary.jobs.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    @Test
    void knownQuantiles_matchTheTables() {
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0.0, within(1e-9));
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(NormalQuantile.of(0.99)).isCloseTo(2.326348, within(1e-6));
        assertThat(NormalQuantile.of(0.01)).isCloseTo(-2.326348, within(1e-6));
        assertThat(NormalQuantile.of(0.001)).isCloseTo(-3.090232, within(1e-6));
    }

    @Test
    void probabilityOutsideTheOpenInterval_isRefused() {
        assertThatThrownBy(() -> NormalQuantile.of(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly between 0 and 1");
    }
}
