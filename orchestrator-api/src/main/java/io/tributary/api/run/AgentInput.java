package io.tributary.api.run;

import io.tributary.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a run's agents read, as the job's {@link RunIntake} made it: a directory, a single value,
 * a URI or a JSON document. The store keeps it as its {@link #kind()} and {@link #value()}.
 */
public sealed interface AgentInput {

    /** Stored kind of a {@link Directory}. */
    String DIRECTORY = "directory";
    /** Stored kind of a {@link Parameter}. */
    String PARAMETER = "parameter";
    /** Stored kind of a {@link Uri}. */
    String URI = "uri";
    /** Stored kind of a {@link Json}. */
    String JSON = "json";

    /** The kind as stored: {@value #DIRECTORY}, {@value #PARAMETER}, {@value #URI} or {@value #JSON}. */
    default String kind() {
        if (this instanceof Directory) {
            return DIRECTORY;
        }
        if (this instanceof Parameter) {
            return PARAMETER;
        }
        return this instanceof Uri ? URI : JSON;
    }

    /** The input as stored: a path, the value, a URI or the document. */
    String value();

    /** The input of {@code kind} stored as {@code value}. */
    static AgentInput of(String kind, String value) {
        Objects.requireNonNull(value, "value");
        return switch (Objects.requireNonNull(kind, "kind")) {
            case DIRECTORY -> new Directory(Path.of(value));
            case PARAMETER -> new Parameter(value);
            case URI -> new Uri(java.net.URI.create(value));
            case JSON -> new Json(value);
            default -> throw new IllegalArgumentException("Unknown input kind '" + kind
                    + "' (one of directory, parameter, uri, json)");
        };
    }

    /**
     * A directory of files; agents read only inside it.
     *
     * @param root the directory, absolute and normalised
     */
    record Directory(Path root) implements AgentInput {
        public Directory {
            root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        }

        @Override
        public String value() {
            return root.toString();
        }

        /**
         * The file or folder at {@code relative} inside the root. It need not exist; when it (or
         * the part of it that exists) does, its real path, links followed, must stay inside the
         * root's real path.
         *
         * @throws InvalidInputException if {@code relative} is absolute, malformed or leads
         *                               outside the root
         */
        public Path resolve(String relative) {
            Path path;
            try {
                Path given = Path.of(relative);
                if (given.isAbsolute()) {
                    throw outside(relative);
                }
                path = root.resolve(given).normalize();
            } catch (InvalidPathException e) {
                throw new InvalidInputException("Path '" + relative + "' in input directory " + root
                        + " is not a valid path: " + e.getReason(), e);
            }
            if (!path.startsWith(root) || !realPathInside(path)) {
                throw outside(relative);
            }
            return path;
        }

        private boolean realPathInside(Path path) {
            try {
                Path realRoot = root.toRealPath();
                Path existing = path;
                while (existing != null && !Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    existing = existing.getParent();
                }
                return existing == null || !existing.startsWith(root) || existing.toRealPath().startsWith(realRoot);
            } catch (IOException e) {
                throw new InvalidInputException("Input directory " + root + " cannot be read: " + e.getMessage(), e);
            }
        }

        private InvalidInputException outside(String relative) {
            return new InvalidInputException("Path '" + relative + "' leads outside the input directory " + root);
        }
    }

    /**
     * A single value, such as an identifier or a query.
     *
     * @param value the value
     */
    record Parameter(String value) implements AgentInput {
        public Parameter {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A resource agents fetch or open themselves.
     *
     * @param uri where it is
     */
    record Uri(java.net.URI uri) implements AgentInput {
        public Uri {
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String value() {
            return uri.toString();
        }
    }

    /**
     * A JSON document given with the run.
     *
     * @param value the document's text
     */
    record Json(String value) implements AgentInput {
        public Json {
            Objects.requireNonNull(value, "value");
        }
    }
}
