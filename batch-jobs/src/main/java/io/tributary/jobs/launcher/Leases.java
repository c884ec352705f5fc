package io.tributary.jobs.launcher;

import io.tributary.core.store.Lease;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells whether the process owning an execution is gone. On this host the answer is certain (is
 * the pid alive?); for another host, a heartbeat older than the stale threshold is the sign.
 */
final class Leases {

    /** Heartbeat age after which an owner on another host counts as gone, as {@code recover --stale} takes it. */
    static final String DEFAULT_STALE = "PT30S";
    static final Duration STALE = Duration.parse(DEFAULT_STALE);

    private Leases() {
    }

    static boolean ownerGone(Optional<Lease> lease, Instant now, Duration stale) {
        if (lease.isEmpty()) {
            return true;
        }
        Lease l = lease.get();
        if (l.released()) {
            return true;
        }
        int colon = l.owner().lastIndexOf(':');
        if (colon > 0 && l.owner().substring(0, colon).equals(localHost())) {
            try {
                long pid = Long.parseLong(l.owner().substring(colon + 1));
                return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
            } catch (NumberFormatException e) {
                return l.heartbeatAt().plus(stale).isBefore(now);
            }
        }
        return l.heartbeatAt().plus(stale).isBefore(now);
    }

    static String localHost() {
        String owner = io.tributary.core.batch.RunListener.owner();
        int colon = owner.lastIndexOf(':');
        if (colon > 0) {
            return owner.substring(0, colon);
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
