package io.tributary.core.store.internal;

import io.tributary.core.store.Lease;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The lease rows by which a process claims the executions it runs, in the caller's transaction. */
final class LeaseRows {

    private LeaseRows() {
    }

    /**
     * Claims an execution. With {@code assumeNew} (an execution starting in this process, which
     * nobody can have claimed) the lease row is inserted without looking for it; should it exist
     * after all, the insert fails on the key and a retry without {@code assumeNew} takes it over.
     */
    static Void acquire(EntityManager em, long executionId, long runId, String owner, Instant at, boolean assumeNew) {
        LeaseEntity lease = assumeNew ? null : em.find(LeaseEntity.class, executionId);
        boolean fresh = lease == null;
        if (fresh) {
            lease = new LeaseEntity();
            lease.executionId = executionId;
        }
        lease.runId = runId;
        lease.owner = owner;
        lease.heartbeatAt = at;
        lease.released = false;
        if (fresh) {
            em.persist(lease);
        }
        return null;
    }

    /** Renews a lease not released, in place: one statement. */
    static Void heartbeat(EntityManager em, long executionId, Instant at) {
        NativeUpdate.run(em, "update trb_lease set heartbeat_at = ? where execution_id = ? and released = false",
                at, executionId);
        return null;
    }

    /** Releases a lease, in place: one statement. */
    static Void release(EntityManager em, long executionId, Instant at) {
        NativeUpdate.run(em, "update trb_lease set released = true, heartbeat_at = ? where execution_id = ?",
                at, executionId);
        return null;
    }

    static Optional<Lease> find(EntityManager em, long executionId) {
        return Optional.ofNullable(em.find(LeaseEntity.class, executionId)).map(LeaseRows::toLease);
    }

    static List<Lease> active(EntityManager em) {
        return em.createQuery("select l from LeaseEntity l where l.released = false order by l.executionId",
                LeaseEntity.class).getResultList().stream().map(LeaseRows::toLease).toList();
    }

    static Lease toLease(LeaseEntity l) {
        return new Lease(l.executionId, l.runId, l.owner, l.heartbeatAt, l.released);
    }
}
