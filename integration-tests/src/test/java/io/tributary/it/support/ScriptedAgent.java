package io.tributary.it.support;

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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A test agent whose behaviour the job's step properties script:
 * {@code script.items} (work items), {@code script.sleepMs}, {@code script.awaitFile} (wait until that file
 * exists, at most five minutes; for every item, or only {@code script.awaitItem}), {@code script.fail} (for every item, or only {@code script.failItem})
 * ({@code retriable}, {@code fatal}, {@code retriable-once}: fails on its first call in a process
 * per item), {@code script.noEvidence}, {@code script.tokens}, {@code script.dimension}. Every call
 * is appended to the file named by {@code script.log}, so that tests count calls across processes.
 */
@Named("scripted")
@ApplicationScoped
public class ScriptedAgent implements Agent {

    private final java.util.Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public List<String> items(AgentTask task) {
        int n = Integer.parseInt(task.property("script.items").orElse("1"));
        return n <= 1 ? List.of(AgentTask.WHOLE) : IntStream.rangeClosed(1, n).mapToObj(i -> "item-" + i).toList();
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        Instant start = Instant.now();
        long sleep = Long.parseLong(task.property("script.sleepMs").orElse("0"));
        String fail = task.property("script.fail").orElse("");
        try {
            if (sleep > 0) {
                Thread.sleep(sleep);
            }
            awaitFile(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log(task, start, "interrupted");
            throw new RetriableException("interrupted at its deadline");
        }
        if (fail.equals("fatal")) {
            log(task, start, "fatal");
            throw new NonRetriableException("scripted non-retriable failure of " + task.agent());
        }
        boolean failThisItem = task.property("script.failItem").map(task.item()::equals).orElse(true);
        if (failThisItem && (fail.equals("retriable")
                || (fail.equals("retriable-once") && failedOnce.add(task.agent() + task.item())))) {
            log(task, start, "retriable");
            throw new RetriableException("scripted retriable failure of " + task.agent());
        }
        log(task, start, "ok");
        if (task.property("script.noEvidence").filter(Boolean::parseBoolean).isPresent()) {
            return AgentResult.noEvidence(Usage.NONE, List.of());
        }
        long tokens = Long.parseLong(task.property("script.tokens").orElse("0"));
        String group = task.property("script.dimension").orElse("FINANCIAL_HEALTH");
        Finding f = Finding.of("scripted:" + task.item(), group, "scripted.item",
                task.agent() + " analysed " + task.item(), Polarity.NEGATIVE, Severity.LOW, 0.5,
                List.of(new Evidence("target.json", task.item(), "")));
        return AgentResult.of(List.of(f), new Usage(tokens > 0 ? 1 : 0, tokens, 0, Duration.ofMillis(sleep), ""), 1);
    }

    private static void awaitFile(AgentTask task) throws InterruptedException {
        boolean awaitThisItem = task.property("script.awaitItem").filter(i -> !i.isBlank()).map(task.item()::equals)
                .orElse(true);
        java.util.Optional<Path> gate = task.property("script.awaitFile").filter(f -> !f.isBlank() && awaitThisItem)
                .map(Path::of);
        Instant limit = Instant.now().plus(Duration.ofMinutes(5));
        while (gate.isPresent() && !java.nio.file.Files.exists(gate.get()) && Instant.now().isBefore(limit)) {
            Thread.sleep(50);
        }
    }

    private static void log(AgentTask task, Instant start, String result) {
        task.property("script.log").ifPresent(file -> CallLog.append(Path.of(file),
                new CallLog.Call(task.agent(), task.item(), start, Instant.now(), result)));
    }
}
