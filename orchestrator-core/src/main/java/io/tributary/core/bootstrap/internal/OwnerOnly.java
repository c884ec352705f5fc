package io.tributary.core.bootstrap.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files only their owner can read: 0700 and 0600. Java cannot set a process umask, so
 * folders and files are created with explicit permissions, and the files a library created with
 * the umask (H2's database files) are narrowed afterwards. On a file system without POSIX
 * permissions (Windows) nothing is changed.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates {@code dir} and its missing parents, each one created here 0700; existing ones are left as they are. */
    public static void createFolders(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        try {
            if (posix(parent)) {
                Files.createDirectory(absolute, attribute(FOLDER));
                Files.setPosixFilePermissions(absolute, FOLDER);
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException raced) {
            // another process created it a moment ago: fine, it is there
        }
    }

    /** Narrows {@code dir} to 0700. */
    public static void restrictFolder(Path dir) {
        if (Files.isDirectory(dir) && posix(dir)) {
            set(dir, FOLDER);
        }
    }

    /** Narrows to 0600 every regular file directly in {@code dir} whose name starts with {@code prefix}. */
    public static void restrictFiles(Path dir, String prefix) {
        if (!Files.isDirectory(dir) || !posix(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .forEach(f -> set(f, FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void set(Path p, Set<PosixFilePermission> permissions) {
        try {
            Files.setPosixFilePermissions(p, permissions);
        } catch (java.nio.file.NoSuchFileException vanished) {
            // H2 deletes its temporary files at any time: nothing to narrow
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + p + " readable by its owner only: " + e.getMessage(), e);
        }
    }

    /** Writes {@code text} to a new 0600 file that replaces {@code file} at once; missing folders are created 0700. */
    public static void writeSecret(Path file, String text) throws IOException {
        createFolders(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix(file.getParent())) {
            Files.createFile(tmp, attribute(FILE));
        }
        Files.writeString(tmp, text);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static boolean posix(Path p) {
        return p != null && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
