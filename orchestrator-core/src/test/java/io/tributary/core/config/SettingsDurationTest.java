package io.tributary.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations in settings and job properties: ISO-8601, or a number of seconds. */
class SettingsDurationTest {

    @Test
    void numberOfSeconds_wholeOrFractional_isThatManySeconds() {
        assertThat(Settings.parseDuration("agent.timeout", "30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Settings.parseDuration("agent.timeout", " 1.5 ")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void isoDuration_inEitherCase_isParsed() {
        assertThat(Settings.parseDuration("agent.backoff", "PT0.5S")).isEqualTo(Duration.ofMillis(500));
        assertThat(Settings.parseDuration("agent.backoff", "pt2m")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void neitherNumberNorIsoDuration_isAnErrorNamingTheKeyAndValue() {
        assertThatThrownBy(() -> Settings.parseDuration("agent.timeout", "1.5.2"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'agent.timeout' must be an ISO-8601 duration such as PT30S, was '1.5.2'");
        assertThatThrownBy(() -> Settings.parseDuration("agent.timeout", "-3"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'agent.timeout'");
    }
}
