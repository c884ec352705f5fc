package io.tributary.core.store.internal;

import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import io.tributary.core.store.RunInfo;
import io.tributary.core.store.RunRegistration;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** A run's row from its registration, and back: subject, input, agents, groups, policy and trace. */
final class RunRows {

    private RunRows() {
    }

    /** The row of a run registered for the first time at {@code now}. */
    static RunEntity create(RunRegistration r, Instant now) {
        RunEntity run = new RunEntity();
        run.runId = r.runId();
        run.createdAt = now;
        run.jobName = r.jobName();
        fill(run, r);
        return run;
    }

    /**
     * Registers a run in the caller's transaction: a new row and its cost ledger when {@code stored}
     * is null, else the stored row moved to the registering execution. Returns the run as registered.
     */
    static RunInfo register(EntityManager em, RunEntity stored, RunRegistration r, Instant now) {
        if (stored != null) {
            fill(stored, r);
            return toInfo(stored);
        }
        RunEntity run = create(r, now);
        em.persist(run);
        CostLedgerEntity ledger = new CostLedgerEntity();
        ledger.runId = r.runId();
        em.persist(ledger);
        return toInfo(run);
    }

    /** Writes what a (re)registration sets into the run's row. */
    static void fill(RunEntity run, RunRegistration r) {
        run.subjectKey = Codec.bounded(r.subject().key(), 200);
        run.subjectName = Codec.bounded(r.subject().name(), 500);
        run.subjectAttributes = Codec.attributes(r.subject().attributes());
        run.inputKind = r.input().kind();
        run.inputValue = r.input().value();
        run.findingGroups = Codec.groups(r.groups());
        run.agents = Codec.names(r.agents());
        run.policy = Codec.bounded(r.policy(), 2000);
        run.lastExecutionId = r.executionId();
        run.traceId = r.traceId();
        run.spanId = r.spanId() == null ? "" : r.spanId();
    }

    static RunInfo toInfo(RunEntity r) {
        return new RunInfo(r.runId, r.jobName,
                new Subject(r.subjectKey, r.subjectName, Codec.attributes(r.subjectAttributes)),
                AgentInput.of(r.inputKind, r.inputValue), Codec.names(r.agents), Codec.groups(r.findingGroups),
                r.policy, r.lastExecutionId, r.traceId, r.spanId == null ? "" : r.spanId,
                Optional.ofNullable(r.verdict), Optional.ofNullable(r.reportDir).map(Path::of));
    }
}
