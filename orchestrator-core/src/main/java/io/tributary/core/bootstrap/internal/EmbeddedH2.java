package io.tributary.core.bootstrap.internal;

import io.tributary.api.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An H2 file database named by a {@code jdbc:h2:file:} URL: its folder (owner-only), its files,
 * a lock that serialises the start of processes opening it at the same moment, and the loopback
 * bind address of the server H2 starts for other processes with {@code AUTO_SERVER=TRUE}.
 */
public final class EmbeddedH2 {

    static final String PREFIX = "jdbc:h2:file:";
    /** H2's system property for the address its TCP servers bind to, read once when H2 loads. */
    public static final String BIND_ADDRESS = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";

    private final Path base;
    private final boolean autoServer;

    private EmbeddedH2(Path base, boolean autoServer) {
        this.base = base;
        this.autoServer = autoServer;
    }

    /** The H2 file database of {@code url}, or empty for any other URL (H2 in memory or over TCP, PostgreSQL). */
    public static Optional<EmbeddedH2> of(String url) {
        if (!url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = url.substring(PREFIX.length()).split(";");
        boolean autoServer = false;
        for (int i = 1; i < parts.length; i++) {
            autoServer |= parts[i].trim().toUpperCase(Locale.ROOT).replace(" ", "").equals("AUTO_SERVER=TRUE");
        }
        return Optional.of(new EmbeddedH2(Path.of(parts[0]).toAbsolutePath().normalize(), autoServer));
    }

    /** The folder that holds the database files. */
    public Path folder() {
        return base.getParent();
    }

    /** True once the database file exists (created by an earlier process or release). */
    public boolean exists() {
        return Files.exists(base.resolveSibling(base.getFileName() + ".mv.db"));
    }

    /**
     * Creates the folder owner-only (narrowing it too when it is a folder of the work directory
     * {@code home}, not a folder of the user's elsewhere) and, for {@code AUTO_SERVER}, makes sure
     * H2's server will listen on 127.0.0.1 alone; a bind address set to anything else is refused.
     */
    public void prepare(Path home) {
        try {
            OwnerOnly.createFolders(folder());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot create the database folder " + folder() + ": " + e.getMessage(), e);
        }
        Path work = home.toAbsolutePath().normalize();
        if (folder().startsWith(work) && !folder().equals(work)) {
            OwnerOnly.restrictFolder(folder());
        }
        restrictFiles();
        if (autoServer) {
            bindToLoopback();
        }
    }

    /** Narrows this database's files, which H2 creates with the process umask, to 0600. */
    public void restrictFiles() {
        OwnerOnly.restrictFiles(folder(), base.getFileName() + ".");
    }

    /** Runs {@code work} holding an exclusive lock on a file in the database folder. */
    public <T> T underStartupLock(Supplier<T> work) {
        Path lockFile = folder().resolve(base.getFileName() + ".startup.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    static void bindToLoopback() {
        String configured = System.getProperty(BIND_ADDRESS);
        if (configured == null || configured.isBlank()) {
            System.setProperty(BIND_ADDRESS, LOOPBACK);
        } else if (!isLoopback(configured)) {
            throw new InvalidInputException("System property " + BIND_ADDRESS + "=" + configured
                    + " would let H2's AUTO_SERVER listen beyond this machine; set it to " + LOOPBACK
                    + " or remove AUTO_SERVER=TRUE from db.url");
        }
        String effective = org.h2.engine.SysProperties.BIND_ADDRESS;
        if (effective == null || !isLoopback(effective)) {
            throw new InvalidInputException("H2 was loaded before its server could be bound to " + LOOPBACK
                    + " (it read " + BIND_ADDRESS + "=" + effective + "); start Java with -D" + BIND_ADDRESS + "="
                    + LOOPBACK + " or remove AUTO_SERVER=TRUE from db.url");
        }
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address.trim()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
