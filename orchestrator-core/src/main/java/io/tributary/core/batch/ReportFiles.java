package io.tributary.core.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a report so that nobody ever sees half of one: every file goes into a fresh folder beside
 * the target, which replaces the target only once all are written. On failure (a full disk) the
 * fresh folder is removed and the target is left as it was.
 */
final class ReportFiles {

    /** Writes the report's files into the folder it is given and returns them. */
    @FunctionalInterface
    interface Contents {
        List<Path> writeInto(Path folder) throws IOException;
    }

    private ReportFiles() {
    }

    /** Writes {@code contents} and moves them to {@code target}; returns the files at their final place. */
    static List<Path> write(Path target, Contents contents) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + dir.getFileName() + ".writing-");
        try {
            List<Path> written = contents.writeInto(staging);
            replace(staging, dir);
            return written.stream().map(f -> dir.resolve(staging.relativize(f.toAbsolutePath()))).toList();
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(staging);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Puts {@code staging} where {@code dir} is, keeping the old folder until the new one is in place. */
    private static void replace(Path staging, Path dir) throws IOException {
        if (!Files.exists(dir)) {
            move(staging, dir);
            return;
        }
        Path old = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".old-");
        Files.delete(old);
        move(dir, old);
        try {
            move(staging, dir);
        } catch (IOException e) {
            move(old, dir);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
