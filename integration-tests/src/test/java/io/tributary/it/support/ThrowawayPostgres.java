package io.tributary.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, so that the test can stop and start it: {@code initdb} into
 * a temporary folder, password authentication, 127.0.0.1 on a free port, run as the
 * {@code postgres} user when the test runs as root. Tests that need one are skipped, with a message,
 * where the binaries or that user are missing.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "throwaway-secret";

    private final Path bin;
    private final Path root;
    private final int port;
    private final boolean asPostgresUser;

    private ThrowawayPostgres(Path bin, Path root, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.root = root;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates and starts a server, or skips the calling test saying why it cannot. */
    public static ThrowawayPostgres start() throws IOException, InterruptedException {
        Postgres.assumeConfigured();
        Path bin = binaries();
        assumeTrue(bin != null, "PostgreSQL outage tests skipped: no initdb/pg_ctl under /usr/lib/postgresql/*/bin");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("tributary-pg-");
        if (root) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER);
            Files.setOwner(dir, postgres);
        }
        ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, unusedPort(), root);
        Files.writeString(dir.resolve("pw"), PASSWORD + "\n");
        if (root) {
            Files.setOwner(dir.resolve("pw"), dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(USER));
        }
        assumeTrue(pg.exec("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--auth-host=scram-sha-256",
                "--auth-local=trust", "--pwfile=" + dir.resolve("pw"), "-E", "UTF8", "--no-sync") == 0,
                "PostgreSQL outage tests skipped: initdb failed (see " + dir + ")");
        pg.startServer();
        return pg;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    /** Stops the server the hard way ({@code -m immediate}), dropping every connection. */
    public void stopImmediately() throws IOException, InterruptedException {
        check(exec("pg_ctl", "-D", root.resolve("data").toString(), "-m", "immediate", "-w", "stop"), "stop");
    }

    public void startServer() throws IOException, InterruptedException {
        check(exec("pg_ctl", "-D", root.resolve("data").toString(), "-l", root.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + root + " -c fsync=off",
                "start"), "start");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        exec("pg_ctl", "-D", root.resolve("data").toString(), "-m", "fast", "-w", "stop");
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private int exec(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        if (asPostgresUser) {
            command = List.of("su", USER, "-s", "/bin/sh", "-c", String.join(" ", command.stream()
                    .map(a -> "'" + a.replace("'", "'\\''") + "'").toList()));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve(tool + ".out").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private void check(int exit, String what) throws IOException {
        if (exit != 0) {
            throw new IllegalStateException("pg_ctl " + what + " failed with exit " + exit + ": "
                    + Files.readString(root.resolve("pg_ctl.out")));
        }
    }

    private static Path binaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl"))).orElse(null);
        }
    }

    /** A loopback port nothing listens on right now. */
    public static int unusedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
