package io.tributary.core.testing;

import io.tributary.api.NonRetriableException;
import io.tributary.api.RetriableException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted test agent: its behaviour comes from step properties ({@code echo.items},
 * {@code echo.sleepMs}, {@code echo.fail} = retriable|fatal|retriable-once, {@code echo.noEvidence}),
 * and it counts its calls per agent role so tests can prove who was called again.
 */
@Named("echo")
@ApplicationScoped
public class EchoAgent implements Agent {

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    public static int calls(String role) {
        return CALLS.getOrDefault(role, new AtomicInteger()).get();
    }

    public static void reset() {
        CALLS.clear();
    }

    @Override
    public List<String> items(AgentTask task) {
        int n = Integer.parseInt(task.property("echo.items").orElse("1"));
        return n == 1 ? List.of(AgentTask.WHOLE) : java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> "item-" + i).toList();
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        int call = CALLS.computeIfAbsent(task.agent(), k -> new AtomicInteger()).incrementAndGet();
        long sleep = Long.parseLong(task.property("echo.sleepMs").orElse("0"));
        if (sleep > 0) {
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetriableException("interrupted");
            }
        }
        String fail = task.property("echo.fail").orElse("");
        if (fail.equals("fatal")) {
            throw new NonRetriableException("scripted fatal failure of " + task.agent());
        }
        if (fail.equals("retriable")) {
            throw new RetriableException("scripted retriable failure of " + task.agent());
        }
        if (fail.equals("retriable-once") && call == 1) {
            throw new RetriableException("scripted first-call failure of " + task.agent());
        }
        if (task.property("echo.noEvidence").isPresent()) {
            return AgentResult.noEvidence(Usage.NONE, List.of());
        }
        Finding f = Finding.of("echo:" + task.item(), "echo", "echo.item",
                task.agent() + " looked at " + task.item(), Polarity.NEUTRAL, Severity.LOW, 0.5,
                List.of(new Evidence("target.json", "item " + task.item(), "")));
        return AgentResult.of(List.of(f), new Usage(1, 10, 5, Duration.ofMillis(sleep), "echo-model"), 1);
    }
}
