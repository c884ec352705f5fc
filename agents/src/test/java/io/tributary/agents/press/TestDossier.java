package io.tributary.agents.press;

import io.tributary.agents.source.Target;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.run.AgentInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** A dossier written into a temporary folder, and tasks on it. */
final class TestDossier {

    static final Target TESLA = new Target("Tesla, Inc.", "0001318605", "TSLA");

    private final Path root;

    TestDossier(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    TestDossier file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    TestDossier bytes(String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AgentTask task(String item) {
        return task(item, Map.of());
    }

    AgentTask task(String item, Map<String, String> properties) {
        return new AgentTask(1L, "press", "press", TESLA.subject(), new AgentInput.Directory(root), item, properties, Instant.now().plusSeconds(60));
    }

    AgentTask task(Target target, String item) {
        return new AgentTask(1L, "press", "press", target.subject(), new AgentInput.Directory(root), item, Map.of(), Instant.now().plusSeconds(60));
    }

    /** A press CSV of {@code rows} numbered headlines. */
    static String headlines(int rows) {
        StringBuilder csv = new StringBuilder("date,headline,source\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("2019-11-").append(10 + i % 20).append(",Headline number ").append(i).append(",wire\n");
        }
        return csv.toString();
    }
}
