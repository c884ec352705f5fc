package io.tributary.agents.source;

import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.AgentTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Read access to one dossier directory: lists a folder's files by extension and reads them with a
 * size bound and strict UTF-8, so a huge or binary file becomes a clear {@link SourceException}
 * instead of an out-of-memory error or garbage.
 */
public final class Dossier {

    /** Default upper bound on one file's size: larger files are refused, not read. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** The step property that overrides {@link #DEFAULT_MAX_FILE_BYTES} for a task. */
    public static final String MAX_FILE_BYTES_PROPERTY = "maxFileBytes";

    private final Path root;
    private final long maxFileBytes;

    public Dossier(Path root) {
        this(root, DEFAULT_MAX_FILE_BYTES);
    }

    public Dossier(Path root, long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        this.root = root;
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
     * Regular, non-hidden files directly in {@code folder} whose names end with one of
     * {@code extensions} (case-insensitive, without the dot), sorted by name. An absent folder
     * gives an empty list: a missing source is an outcome, not an error.
     */
    public List<Path> files(String folder, Set<String> extensions) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> extensions.contains(extension(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list dossier folder " + dir, e);
        }
    }

    /** The path of {@code file} relative to the dossier root, with '/' separators, for evidence. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The whole file as bytes, refused if larger than the bound. */
    public byte[] bytes(Path file) {
        String name = relative(file);
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new SourceException(name, "file is " + size + " bytes, larger than the limit of "
                        + maxFileBytes + " bytes; split it or raise the limit");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] data = in.readNBytes((int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 8));
                if (data.length > maxFileBytes) {
                    throw new SourceException(name, "file grew past the limit of " + maxFileBytes + " bytes while reading");
                }
                return data;
            }
        } catch (IOException e) {
            throw new SourceException(name, "cannot be read: " + e.getMessage(), e);
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
}
