package io.tributary.jobs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.batch.RunListener;
import io.tributary.core.store.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeasesTest {

    static final Duration STALE = Duration.ofSeconds(30);

    @Test
    void ownerOnThisHostAlive_isNotGone_evenWithAnOldHeartbeat() {
        Lease mine = new Lease(1, 1, RunListener.owner(), Instant.now().minus(Duration.ofHours(1)), false);
        assertThat(Leases.ownerGone(Optional.of(mine), Instant.now(), STALE)).isFalse();
    }

    @Test
    void ownerOnThisHostDead_isGone_evenWithAFreshHeartbeat() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Lease dead = new Lease(1, 1, Leases.localHost() + ":" + p.pid(), Instant.now(), false);
        assertThat(Leases.ownerGone(Optional.of(dead), Instant.now(), STALE)).isTrue();
    }

    @Test
    void ownerOnAnotherHost_isGoneOnlyOnceItsHeartbeatIsStale() {
        Instant now = Instant.now();
        Lease fresh = new Lease(1, 1, "elsewhere.example:4242", now.minusSeconds(5), false);
        Lease stale = new Lease(1, 1, "elsewhere.example:4242", now.minusSeconds(120), false);
        assertThat(Leases.ownerGone(Optional.of(fresh), now, STALE)).isFalse();
        assertThat(Leases.ownerGone(Optional.of(stale), now, STALE)).isTrue();
    }

    @Test
    void noLease_orReleasedLease_meansNoLiveOwner() {
        assertThat(Leases.ownerGone(Optional.empty(), Instant.now(), STALE)).isTrue();
        Lease released = new Lease(1, 1, RunListener.owner(), Instant.now(), true);
        assertThat(Leases.ownerGone(Optional.of(released), Instant.now(), STALE)).isTrue();
    }
}
