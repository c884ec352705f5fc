package io.tributary.it.samples;

import io.tributary.api.RetriableException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.it.support.CallLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Test approaches for any role of a job, chosen with {@code <role>.approach=...}: {@code recorded}
 * runs the real agent of the role (the bean named like the role) and {@code recorded-unavailable}
 * fails retriably, as a model service that is down would. Both append every call to
 * {@code calls.log} in the launcher's home ({@code TRIBUTARY_HOME}), so a test counts the calls of
 * each role across launcher processes.
 */
public final class RecordedAgents {

    /** The call log in a launcher home. */
    public static Path log(Path home) {
        return home.resolve("calls.log");
    }

    private RecordedAgents() {
    }

    private static void record(AgentTask task, Instant start, String result) {
        String home = System.getenv("TRIBUTARY_HOME");
        if (home == null) {
            throw new IllegalStateException("TRIBUTARY_HOME is not set: the recorded approaches log into it");
        }
        CallLog.append(log(Path.of(home)), new CallLog.Call(task.agent(), task.item(), start, Instant.now(), result));
    }

    /** The real agent of the role, with its calls recorded. */
    @Named("recorded")
    @ApplicationScoped
    public static class Recorded implements Agent {

        @Inject
        @Any
        Instance<Agent> agents;

        @Override
        public AgentResult analyse(AgentTask task) {
            Instant start = Instant.now();
            AgentResult result = agents.select(NamedLiteral.of(task.agent())).get().analyse(task);
            record(task, start, "ok");
            return result;
        }
    }

    /** A role whose service is down: every call fails retriably. */
    @Named("recorded-unavailable")
    @ApplicationScoped
    public static class Unavailable implements Agent {

        @Override
        public AgentResult analyse(AgentTask task) {
            record(task, Instant.now(), "retriable");
            throw new RetriableException("the " + task.agent() + " service is unavailable (HTTP 503)");
        }
    }
}
