package io.tributary.core.bootstrap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class EvictLostConnectionsTest {

    private final EvictLostConnections override = new EvictLostConnections();

    @Test
    void connectionOfAnH2DatabaseThatClosedOrBroke_isDropped() {
        assertThat(override.adjudicate(new SQLException("Database is already closed", "90121")))
                .isEqualTo(Override.MUST_EVICT);
        assertThat(override.adjudicate(new SQLException("Connection is broken: session closed", "90067")))
                .isEqualTo(Override.MUST_EVICT);
    }

    @Test
    void connectionOfAFailedStatement_isLeftToThePool() {
        assertThat(override.adjudicate(new SQLException("Unique index or primary key violation", "23505")))
                .isEqualTo(Override.CONTINUE_EVICT);
        assertThat(override.adjudicate(new SQLException("Timeout trying to lock table", "HYT00")))
                .isEqualTo(Override.CONTINUE_EVICT);
    }
}
