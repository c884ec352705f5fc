package io.tributary.synthesis.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file whole or not at all: the text goes to a temporary file beside the target,
 * which then replaces it, so a reader never sees half a report and an earlier report is replaced.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code directory/name}, creating the directory; returns the file. */
    public static Path write(Path directory, String name, String text) throws IOException {
        Files.createDirectories(directory);
        var target = directory.resolve(name);
        var temporary = Files.createTempFile(directory, "." + name, ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
