package io.tributary.agents.repo;

import io.tributary.agents.source.Dossier;
import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Read access to a source repository directory. Its files are listed without the version-control
 * folder, installed dependencies and build output (which are not the project's own source), and
 * read through the same size bound and strict UTF-8 check as any other input. Symbolic links are
 * not followed, so nothing outside the directory is read through one.
 */
public final class Repository {

    /** Folders that hold no source of the project itself, skipped wherever they are. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules",
            "bower_components", "vendor", "target", "build", "dist", "out", "coverage", ".nyc_output");

    private final Path root;
    private final Dossier reader;

    private Repository(Path root, long maxFileBytes) {
        this.root = root;
        this.reader = new Dossier(root, maxFileBytes);
    }

    /**
     * The repository at {@code root}, or an error naming the path when it is missing, not a
     * directory or unreadable.
     */
    public static Repository open(Path root) {
        return open(root, Dossier.DEFAULT_MAX_FILE_BYTES);
    }

    /** The repository at {@code root}, refusing files larger than {@code maxFileBytes}. */
    public static Repository open(Path root, long maxFileBytes) {
        Path dir = root.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            throw new InvalidInputException("Repository " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("Repository " + dir + " is not a directory");
        }
        if (!Files.isReadable(dir)) {
            throw new InvalidInputException("Repository " + dir + " is not readable");
        }
        return new Repository(dir, maxFileBytes);
    }

    public Path root() {
        return root;
    }

    /** True when the directory is a git checkout (a {@code .git} folder, or a worktree's {@code .git} file). */
    public boolean isGitCheckout() {
        return Files.exists(root.resolve(".git"));
    }

    /** A file directly in the root whose name, ignoring case, is one of {@code names}. */
    public Optional<Path> rootFile(String... names) {
        return rootFiles().stream()
                .filter(p -> Arrays.stream(names).anyMatch(n -> n.equalsIgnoreCase(p.getFileName().toString())))
                .findFirst();
    }

    /** The regular files directly in the root, sorted by name. */
    public List<Path> rootFiles() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list repository " + root, e);
        }
    }

    /**
     * Every regular file of the repository outside {@link #SKIPPED_FOLDERS} and hidden folders,
     * sorted by path, with the folders that could not be listed as problems.
     */
    public Listing listing() {
        List<Path> files = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skipped = !dir.equals(root) && (SKIPPED_FOLDERS.contains(name) || name.startsWith("."));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new SourceProblem(relative(file), "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list repository " + root, e);
        }
        files.sort(null);
        return new Listing(List.copyOf(files), List.copyOf(problems));
    }

    /** The bounded reader of the repository's files, for readers shared with other inputs. */
    public Dossier reader() {
        return reader;
    }

    /** The path of {@code file} relative to the root, with '/' separators, for evidence. */
    public String relative(Path file) {
        return reader.relative(file);
    }

    /** The whole file as strict UTF-8 text; a {@link io.tributary.agents.source.SourceException} names it otherwise. */
    public String text(Path file) {
        return reader.text(file);
    }

    /** The files of a repository and the folders that could not be listed. */
    public record Listing(List<Path> files, List<SourceProblem> problems) {
    }
}
