package io.tributary.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.bootstrap.Database;
import io.tributary.core.config.Settings;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.core.store.internal.Pricing;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leases by which a process claims the executions it runs: claimed, renewed, released, claimed again. */
class LeaseStoreTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path home;
    Database db;
    ResultStore store;

    @BeforeEach
    void open() {
        db = Database.open(Settings.load(home, Map.of(), new Properties(), Map.of()));
        store = new JpaResultStore(db.entityManagerFactory(), Pricing.FREE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void heartbeat_renewsAnActiveLease_andReleaseEndsIt() {
        store.acquireLease(7, 3, "host:1", T0);

        store.heartbeat(7, T0.plusSeconds(2));
        assertThat(store.lease(7)).contains(new Lease(7, 3, "host:1", T0.plusSeconds(2), false));
        assertThat(store.activeLeases()).extracting(Lease::executionId).containsExactly(7L);

        store.releaseLease(7, T0.plusSeconds(3));
        store.heartbeat(7, T0.plusSeconds(4));
        assertThat(store.lease(7)).contains(new Lease(7, 3, "host:1", T0.plusSeconds(3), true));
        assertThat(store.activeLeases()).isEmpty();
    }

    @Test
    void acquireLease_ofAnExecutionClaimedBefore_takesItOver() {
        store.acquireLease(7, 3, "host:1", T0);
        store.releaseLease(7, T0.plusSeconds(1));

        store.acquireLease(7, 3, "other:2", T0.plusSeconds(5));

        assertThat(store.lease(7)).contains(new Lease(7, 3, "other:2", T0.plusSeconds(5), false));
    }

    @Test
    void heartbeat_ofAnExecutionNeverClaimed_claimsNothing() {
        store.heartbeat(8, T0);

        assertThat(store.lease(8)).isEmpty();
    }
}
