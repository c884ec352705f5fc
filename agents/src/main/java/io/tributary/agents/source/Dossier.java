package io.tributary.agents.source;

import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.AgentTask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one way agents reach dossier files: lists a folder's files by extension and reads them with
 * a size bound and strict UTF-8, so a huge or binary file becomes a clear {@link SourceException}
 * instead of an out-of-memory error or garbage.
 *
 * <p>Nothing outside the dossier is read. Every read resolves the file's real path (symbolic
 * links followed at every depth) and refuses it when that path leaves the dossier's real root,
 * naming the link that leads out and nothing of what it points to; links that stay inside are
 * fine. A listing keeps such a link (or a linked folder that leads out) as an entry, so reading
 * it reports the refusal as the agent's problem instead of dropping it silently.
 */
public final class Dossier {

    /** Default upper bound on one file's size: larger files are refused, not read. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** The step property that overrides {@link #DEFAULT_MAX_FILE_BYTES} for a task. */
    public static final String MAX_FILE_BYTES_PROPERTY = "maxFileBytes";

    private final Path root;
    private final long maxFileBytes;
    private Path realRoot;

    public Dossier(Path root) {
        this(root, DEFAULT_MAX_FILE_BYTES);
    }

    public Dossier(Path root, long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        this.root = root.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
    }

    /** The dossier of a task, with the file size bound its {@code maxFileBytes} property sets. */
    public static Dossier of(AgentTask task) {
        String bound = task.property(MAX_FILE_BYTES_PROPERTY).orElse(String.valueOf(DEFAULT_MAX_FILE_BYTES));
        try {
            return new Dossier(task.root(), Long.parseLong(bound.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Step property '" + MAX_FILE_BYTES_PROPERTY
                    + "' must be a positive number of bytes, was '" + bound + "'", e);
        }
    }

    public Path root() {
        return root;
    }

    /** The largest file this dossier reads, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Non-hidden files directly in {@code folder} whose names end with one of {@code extensions}
     * (case-insensitive, without the dot), sorted by name. An absent folder gives an empty list:
     * a missing source is an outcome, not an error. A link among them that leads outside the
     * dossier, or a {@code folder} that is such a link, is listed too, and reading it throws
     * {@link SourceException}.
     */
    public List<Path> files(String folder, Set<String> extensions) {
        Path dir = resolve(folder);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (leavesDossier(dir)) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> extensions.contains(extension(p)))
                    .filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p) && leavesDossier(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SourceException(relative(dir), "cannot be listed: " + reason(e), e);
        }
    }

    /** True when {@code folder} exists in the dossier (links that lead outside count as absent). */
    public boolean hasFolder(String folder) {
        Path dir = resolve(folder);
        return Files.isDirectory(dir) && !leavesDossier(dir);
    }

    /**
     * The path of {@code relative} inside the dossier, not yet checked for links (reading it
     * is).
     *
     * @throws SourceException if the path is absolute or climbs out of the dossier
     */
    public Path resolve(String relative) {
        try {
            Path given = Path.of(relative);
            Path path = root.resolve(given).normalize();
            if (given.isAbsolute() || !path.startsWith(root)) {
                throw new SourceException(relative, "is not a path inside the dossier");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new SourceException(relative, "is not a valid path", e);
        }
    }

    /** The path of {@code file} relative to the dossier root, with '/' separators, for evidence. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The whole file as bytes, refused if larger than the bound or if it leads outside the dossier. */
    public byte[] bytes(Path file) {
        String name = relative(file);
        Path real = confined(file);
        try {
            long size = Files.size(real);
            if (size > maxFileBytes) {
                throw new SourceException(name, "file is " + size + " bytes, larger than the limit of "
                        + maxFileBytes + " bytes; split it or raise the limit");
            }
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                byte[] data = in.readNBytes((int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 8));
                if (data.length > maxFileBytes) {
                    throw new SourceException(name, "file grew past the limit of " + maxFileBytes + " bytes while reading");
                }
                return data;
            }
        } catch (IOException e) {
            throw new SourceException(name, "cannot be read: " + reason(e), e);
        }
    }

    /** The whole file as strict UTF-8 text (a leading byte-order mark is dropped). */
    public String text(Path file) {
        byte[] data = bytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SourceException(relative(file), "is not valid UTF-8 text; save it as UTF-8", e);
        }
    }

    /** The lower-case extension of a file name, without the dot, or empty. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The real path of a regular file of the dossier.
     *
     * @throws SourceException naming the link when the file, or a folder on its way, is a link
     *                         that leads outside the dossier or nowhere
     */
    private Path confined(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!path.startsWith(root)) {
            throw new SourceException(file.toString(), "is not a path inside the dossier");
        }
        Path link = firstLinkOut(path);
        if (link != null) {
            throw new SourceException(relative(link), Files.exists(link)
                    ? "is a symbolic link that leads outside the dossier; it was not read"
                    : "is a symbolic link to a file that does not exist; it was not read");
        }
        try {
            Path real = path.toRealPath();
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new SourceException(relative(path), "is not a regular file");
            }
            return real;
        } catch (IOException e) {
            throw new SourceException(relative(path), "cannot be read: " + reason(e), e);
        }
    }

    /** The first component of {@code path} below the root that leads outside the dossier, or null. */
    private Path firstLinkOut(Path path) {
        Path current = root;
        for (Path part : root.relativize(path)) {
            current = current.resolve(part);
            if (Files.isSymbolicLink(current) && leavesDossier(current)) {
                return current;
            }
        }
        return null;
    }

    /** True when the real path of {@code path} is outside the dossier's real root, or cannot be had. */
    private boolean leavesDossier(Path path) {
        try {
            return !path.toRealPath().startsWith(realRoot());
        } catch (IOException e) {
            return Files.isSymbolicLink(path);
        }
    }

    private synchronized Path realRoot() throws IOException {
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return realRoot;
    }

    /** An I/O failure in words, without any file content (the JDK's messages name paths only). */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName();
    }
}
