package io.tributary.core.batch;

import io.tributary.api.outcome.AgentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the steps of one agent share within one job execution in this JVM: its deadline, set when
 * its first step (the partition mapper, or the reader of an unpartitioned step) opens, so that
 * {@code agentTimeout} bounds the whole agent (every partition and item) rather than each
 * partition; its work items, listed once instead of once per partition; and whether its writer
 * already recorded its outcome with its last items, which its conclusion then need not
 * record again. A restart is a new
 * execution: it gets a new deadline and lists its items again. The run listener forgets an
 * execution when it ends.
 */
@ApplicationScoped
public class AgentExecutions {

    private record Key(long executionId, String agent, String approach) {
    }

    private final Map<Key, Instant> deadlines = new ConcurrentHashMap<>();
    private final Map<Key, List<String>> items = new ConcurrentHashMap<>();
    private final Map<Key, AgentStatus> finished = new ConcurrentHashMap<>();

    /** The agent's deadline in the execution: {@code now + timeout} for the first step that asks. */
    public Instant deadline(long executionId, String agent, Instant now, Duration timeout) {
        return deadlines.computeIfAbsent(new Key(executionId, agent, ""), k -> now.plus(timeout));
    }

    /** The agent's deadline in the execution, if one of its steps opened. */
    public Optional<Instant> deadline(long executionId, String agent) {
        return Optional.ofNullable(deadlines.get(new Key(executionId, agent, "")));
    }

    /** The work items of an approach in the execution, listed by {@code plan} the first time only. */
    public List<String> items(long executionId, String agent, String approach, Supplier<List<String>> plan) {
        return items.computeIfAbsent(new Key(executionId, agent, approach), k -> List.copyOf(plan.get()));
    }

    /** Notes that the writer of an approach recorded its outcome in the execution, with its last items. */
    public void finished(long executionId, String agent, String approach, AgentStatus status) {
        finished.put(new Key(executionId, agent, approach), status);
    }

    /** The outcome an approach's writer recorded in the execution, if it did. */
    public Optional<AgentStatus> finished(long executionId, String agent, String approach) {
        return Optional.ofNullable(finished.get(new Key(executionId, agent, approach)));
    }

    /** Forgets an execution that ended. */
    public void forget(long executionId) {
        deadlines.keySet().removeIf(k -> k.executionId() == executionId);
        items.keySet().removeIf(k -> k.executionId() == executionId);
        finished.keySet().removeIf(k -> k.executionId() == executionId);
    }
}
