package io.tributary.agents.sec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.agents.source.Target;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.run.AgentInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Map;

/**
 * The bundled sample dossiers ({@code batch-jobs/samples}) and tasks on them, for tests. The
 * folder is taken from the {@code tributary.samples} system property, else found from the working
 * directory (the agents module or the project root).
 */
public final class SecSamples {

    private SecSamples() {
    }

    /** The root of a sample dossier, such as {@code tesla}. */
    public static Path dossier(String name) {
        String configured = System.getProperty("tributary.samples");
        Path here = Paths.get("").toAbsolutePath();
        Path root = configured != null ? Paths.get(configured)
                : Files.isDirectory(here.resolve("../batch-jobs/samples")) ? here.resolve("../batch-jobs/samples")
                : here.resolve("batch-jobs/samples");
        Path dossier = root.resolve(name).normalize();
        if (!Files.isRegularFile(dossier.resolve("target.json"))) {
            throw new IllegalStateException("Sample dossier not found: " + dossier
                    + " (set -Dtributary.samples to the batch-jobs/samples folder)");
        }
        return dossier;
    }

    /** A whole-dossier task for {@code agent} on a sample, with the target from its target.json. */
    public static AgentTask task(String sample, String agent) {
        return task(dossier(sample), agent, Map.of());
    }

    /** A whole-dossier task on any dossier folder with a target.json. */
    public static AgentTask task(Path dossier, String agent, Map<String, String> properties) {
        return new AgentTask(1L, agent, agent, target(dossier).subject(), new AgentInput.Directory(dossier),
                AgentTask.WHOLE, properties,
                Instant.now().plusSeconds(600));
    }

    private static Target target(Path dossier) {
        Path file = dossier.resolve("target.json");
        if (!Files.exists(file)) {
            return new Target(dossier.getFileName().toString(), "", "");
        }
        try {
            JsonNode json = new ObjectMapper().readTree(file.toFile());
            return new Target(json.path("name").asText(), json.path("cik").asText(), json.path("ticker").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
