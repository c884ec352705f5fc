package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The bundled sample repository and small hand-made ones, for tests. */
final class RepoSamples {

    private RepoSamples() {
    }

    /** The bundled minimist sample ({@code batch-jobs/samples/minimist}). */
    static Repository minimist() {
        String configured = System.getProperty("tributary.samples");
        Path here = Paths.get("").toAbsolutePath();
        Path root = configured != null ? Paths.get(configured)
                : Files.isDirectory(here.resolve("../batch-jobs/samples")) ? here.resolve("../batch-jobs/samples")
                : here.resolve("batch-jobs/samples");
        return Repository.open(root.resolve("minimist"));
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
