package io.tributary.it.bench;

import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import io.tributary.it.support.ScriptedAgent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The benchmark's workload: five agents of the {@code it-five} job with a fixed simulated latency
 * each, called the same way by every variant (the same {@link ScriptedAgent} sleeping the same
 * time). Jobs of different client slots work on different targets, cycling through
 * {@link #TARGETS} of them, so that the runtime's shared per-target aggregates see contention as
 * they would with a few popular companies.
 *
 * @param name    label of the shape in the results, such as {@code 5 x 20 ms}
 * @param sleepMs latency of each of the five agents
 * @param tokens  model tokens each agent reports (input), for the cost ledger
 */
record FiveAgents(String name, List<Long> sleepMs, long tokens) {

    static final List<String> ROLES = List.of("financials", "press", "regulatory", "patents", "leadership");
    static final int TARGETS = 10;

    FiveAgents {
        if (sleepMs.size() != ROLES.size()) {
            throw new IllegalArgumentException("five latencies are needed, got " + sleepMs);
        }
        sleepMs = List.copyOf(sleepMs);
    }

    static FiveAgents uniform(long ms, long tokens) {
        return new FiveAgents("5 x " + ms + " ms", List.of(ms, ms, ms, ms, ms), tokens);
    }

    static FiveAgents staggered(long tokens) {
        return new FiveAgents("100/200/300/400/500 ms", List.of(100L, 200L, 300L, 400L, 500L), tokens);
    }

    long slowestMs() {
        return sleepMs.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    long totalMs() {
        return sleepMs.stream().mapToLong(Long::longValue).sum();
    }

    /** The task of agent {@code index} as the runtime would hand it over. */
    AgentTask task(int index, Path dossier, long runId) {
        return new AgentTask(runId, ROLES.get(index), "scripted", Subject.of("bench-" + index, "Bench " + index),
                new AgentInput.Directory(dossier),
                AgentTask.WHOLE, Map.of("script.sleepMs", Long.toString(sleepMs.get(index)),
                        "script.tokens", Long.toString(tokens)), Instant.now().plusSeconds(60));
    }

    /** Calls agent {@code index} directly, as the baselines do. */
    AgentResult call(ScriptedAgent agent, int index, Path dossier, long runId) {
        return agent.analyse(task(index, dossier, runId));
    }

    /** Job parameters of {@code it-five} for this shape. */
    Properties jobParameters(Path dossier) {
        Properties p = new Properties();
        p.setProperty("dossier", dossier.toString());
        for (int i = 0; i < ROLES.size(); i++) {
            p.setProperty(ROLES.get(i) + ".sleepMs", Long.toString(sleepMs.get(i)));
            p.setProperty(ROLES.get(i) + ".tokens", Long.toString(tokens));
        }
        return p;
    }

    /** One dossier per target under {@code dir}: target.json only, each with its own CIK. */
    static List<Path> dossiers(Path dir) {
        List<Path> result = new ArrayList<>();
        try {
            for (int i = 0; i < TARGETS; i++) {
                Path d = Files.createDirectories(dir.resolve("target-" + i));
                Files.writeString(d.resolve("target.json"),
                        "{\"name\": \"Bench Target " + i + "\", \"cik\": \"" + cik(i) + "\"}");
                result.add(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark dossiers under " + dir, e);
        }
        return result;
    }

    static String cik(int target) {
        return String.format("%010d", 9_000_000 + target);
    }
}
