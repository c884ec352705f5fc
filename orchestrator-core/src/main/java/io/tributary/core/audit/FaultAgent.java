package io.tributary.core.audit;

import io.tributary.api.NonRetriableException;
import io.tributary.api.RetriableException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault injector of an audit drill: an agent that plays any role ({@code <role>.approach=fault})
 * and behaves as the step property {@value #PREFIX}{@code <role>} says, for real, so that the
 * runtime's own machinery turns it into an outcome: it throws the real exception types, sleeps past
 * its deadline until the runtime abandons it, returns no evidence, or reports token usage past the
 * run's budget. It is never any role's default approach; a step that names it without an outcome
 * fails with a non-retriable error naming the missing property. It counts its calls per run and
 * role, so a drill can tell which agents a restart called again.
 */
@Named(FaultAgent.NAME)
@ApplicationScoped
public class FaultAgent implements Agent {

    /** The approach name. */
    public static final String NAME = "fault";
    /** The property (and job parameter) prefix naming the outcome of a role. */
    public static final String PREFIX = "fault.";
    /** The group of the findings it delivers. */
    public static final String GROUP = "DRILL";

    private static final Duration PAST_DEADLINE = Duration.ofSeconds(30);

    private final Clock clock;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Inject
    public FaultAgent(Clock clock) {
        this.clock = clock;
    }

    /**
     * For the container's client proxy of this application-scoped bean: an application server
     * (unlike Weld SE's relaxed default) needs a no-argument constructor to make one. Never called
     * to make a working agent.
     */
    protected FaultAgent() {
        this.clock = null;
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        calls.computeIfAbsent(key(task.runId(), task.agent()), k -> new AtomicInteger()).incrementAndGet();
        String property = PREFIX + task.agent();
        String text = task.property(property).orElseThrow(() -> new NonRetriableException("The fault agent plays '"
                + task.agent() + "' but the step has no property '" + property + "' saying which outcome to produce"));
        FaultKind kind;
        try {
            kind = FaultKind.parse(property, text);
        } catch (IllegalArgumentException e) {
            throw new NonRetriableException(e.getMessage(), e);
        }
        return switch (kind) {
            case SUCCEEDED -> delivered(task, Usage.NONE);
            case FAILED_RETRIABLE -> throw new RetriableException("injected retriable failure of " + task.agent());
            case FAILED_NON_RETRIABLE -> throw new NonRetriableException("injected non-retriable failure of "
                    + task.agent());
            case TIMED_OUT -> sleepPastDeadline(task);
            case NO_EVIDENCE -> AgentResult.noEvidence(Usage.NONE, List.of(new SourceProblem(task.agent(),
                    "injected: no usable source")));
            case OVER_BUDGET -> delivered(task, new Usage(1, budget(task) + 1, 0, Duration.ZERO, NAME));
        };
    }

    /** How many times this agent was called for {@code role} in run {@code runId}. */
    public int calls(long runId, String role) {
        AtomicInteger n = calls.get(key(runId, role));
        return n == null ? 0 : n.get();
    }

    private AgentResult delivered(AgentTask task, Usage usage) {
        Finding f = Finding.of("fault:" + task.agent() + ":" + task.item(), GROUP, "drill." + task.agent(),
                "injected delivery of " + task.agent(), Polarity.NEUTRAL, Severity.INFO, 1.0,
                List.of(new Evidence("drill", task.agent(), "")));
        return AgentResult.of(List.of(f), usage, 1);
    }

    /** Sleeps until well past the deadline; the runtime interrupts and abandons the call at the deadline. */
    private AgentResult sleepPastDeadline(AgentTask task) {
        Instant until = task.deadline().plus(PAST_DEADLINE);
        try {
            Thread.sleep(Math.max(1, Duration.between(clock.instant(), until).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("injected slow call of " + task.agent() + " interrupted at its deadline", e);
        }
        throw new NonRetriableException("injected slow call of " + task.agent() + " outlived its deadline by "
                + PAST_DEADLINE + " and the runtime did not abandon it");
    }

    private static long budget(AgentTask task) {
        return task.property("budgetTokens").map(String::trim).map(Long::parseLong).orElse(0L);
    }

    private static String key(long runId, String role) {
        return runId + "/" + role;
    }
}
