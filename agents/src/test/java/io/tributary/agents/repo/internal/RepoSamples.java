package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.Repository;
import io.tributary.api.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** The bundled sample repository and small hand-made ones, for tests. */
public final class RepoSamples {

    private RepoSamples() {
    }

    /** The bundled minimist sample ({@code batch-jobs/samples/minimist}). */
    public static Repository minimist() {
        String configured = System.getProperty("tributary.samples");
        Path here = Paths.get("").toAbsolutePath();
        Path root = configured != null ? Paths.get(configured)
                : Files.isDirectory(here.resolve("../batch-jobs/samples")) ? here.resolve("../batch-jobs/samples")
                : here.resolve("batch-jobs/samples");
        return Repository.open(root.resolve("minimist"));
    }

    /** The finding with {@code topic} among {@code findings}; fails the test naming what there is otherwise. */
    static Finding withTopic(List<Finding> findings, String topic) {
        return findings.stream().filter(f -> f.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + topic + " in " + findings));
    }

    /** Writes {@code text} to {@code relative} under {@code root}, creating folders. */
    static Path write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
