package io.tributary.it.bench;

import io.tributary.api.agent.AgentResult;
import io.tributary.it.support.ScriptedAgent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;

/**
 * The baselines Tributary is measured against: the five agents one after another, and the ideal
 * fan-out (all five at once on an unbounded executor, joined, nothing persisted).
 */
final class Baselines {

    private Baselines() {
    }

    /** The five agents one after another on the client's thread. */
    static Variant sequential(FiveAgents shape, List<Path> dossiers) {
        ScriptedAgent agent = new ScriptedAgent();
        return new Variant() {
            @Override
            public String name() {
                return "sequential";
            }

            @Override
            public void runJob(int slot) {
                Path dossier = dossiers.get(slot % dossiers.size());
                for (int i = 0; i < FiveAgents.ROLES.size(); i++) {
                    requireFindings(shape.call(agent, i, dossier, slot));
                }
            }
        };
    }

    /** {@code CompletableFuture.allOf} over the five agents on {@code executor}. */
    static Variant ideal(FiveAgents shape, List<Path> dossiers, ExecutorService executor) {
        ScriptedAgent agent = new ScriptedAgent();
        return new Variant() {
            @Override
            public String name() {
                return "ideal (allOf)";
            }

            @Override
            public void runJob(int slot) {
                Path dossier = dossiers.get(slot % dossiers.size());
                List<CompletableFuture<AgentResult>> calls = IntStream.range(0, FiveAgents.ROLES.size())
                        .mapToObj(i -> CompletableFuture.supplyAsync(() -> shape.call(agent, i, dossier, slot), executor))
                        .toList();
                CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
                calls.forEach(c -> requireFindings(c.join()));
            }
        };
    }

    static void requireFindings(AgentResult result) {
        if (result.findings().size() != 1) {
            throw new IllegalStateException("an agent returned " + result.findings().size() + " findings, expected 1");
        }
    }
}
