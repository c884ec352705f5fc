package io.tributary.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.store.StoreUnavailableException;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    /** A clock that moves on by a fixed step each time it is read. */
    static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");
        private final Duration step;

        SteppingClock(Duration step) {
            this.step = step;
        }

        @Override
        public synchronized Instant instant() {
            Instant at = now;
            now = now.plus(step);
            return at;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Work that loses its connection the first {@code failures} times, then succeeds. */
    static class FlakyDatabase implements TransactionStrategy {
        final AtomicInteger calls = new AtomicInteger();
        private final int failures;

        FlakyDatabase(int failures) {
            this.failures = failures;
        }

        @Override
        public <T> T inNewTransaction(Function<EntityManager, T> work) {
            return read(work);
        }

        @Override
        public <T> T read(Function<EntityManager, T> work) {
            if (calls.incrementAndGet() <= failures) {
                throw new JDBCConnectionException("Unable to acquire JDBC connection",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            }
            return work.apply(null);
        }
    }

    @Test
    void connectionLoss_isWaitedOut_untilTheDatabaseIsBack() {
        FlakyDatabase db = new FlakyDatabase(3);
        Transactions tx = new Transactions(db, 8, Duration.ofSeconds(30), new SteppingClock(Duration.ofSeconds(1)));
        String written = tx.inTransaction("commit", em -> "written");
        String read = tx.read(em -> "read");
        assertThat(written).isEqualTo("written");
        assertThat(read).isEqualTo("read");
        assertThat(db.calls).hasValue(5);
    }

    @Test
    void connectionLoss_longerThanTheBound_failsNamingTheSettingAndTheCause() {
        FlakyDatabase db = new FlakyDatabase(Integer.MAX_VALUE);
        Transactions tx = new Transactions(db, 8, Duration.ofSeconds(2), new SteppingClock(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> tx.inTransaction("commit 3 item(s) of press", em -> "never"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("db.retry.for")
                .hasMessageContaining("commit 3 item(s) of press")
                .hasMessageContaining("refused");
        assertThat(db.calls.get()).isBetween(2, 4);
    }

    @Test
    void otherFailures_propagateAtOnce() {
        FlakyDatabase broken = new FlakyDatabase(0) {
            @Override
            public <T> T read(Function<EntityManager, T> work) {
                calls.incrementAndGet();
                throw new IllegalStateException("a bug, not the network");
            }
        };
        Transactions tx = new Transactions(broken, 8, Duration.ofSeconds(30), Clock.systemUTC());
        assertThatThrownBy(() -> tx.inTransaction("x", em -> "never")).isInstanceOf(IllegalStateException.class);
        assertThat(broken.calls).hasValue(1);
    }

    @Test
    void authenticationFailure_isNotAConnectionLoss_butARefusedOrDroppedConnectionIs() {
        assertThat(ConnectionLoss.isConnectionLoss(new SQLException("password authentication failed", "28P01")))
                .isFalse();
        assertThat(ConnectionLoss.isConnectionLoss(new SQLException("terminating connection due to administrator"
                + " command", "57P01"))).isTrue();
        assertThat(ConnectionLoss.isConnectionLoss(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
    }
}
