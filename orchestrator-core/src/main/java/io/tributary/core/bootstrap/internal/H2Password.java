package io.tributary.core.bootstrap.internal;

import io.tributary.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The generated password of an embedded H2 database, kept in an owner-only file of the home. A new
 * database is created with it; a database of an earlier release (the empty password, no file) is
 * opened with the empty password once and given the generated one.
 */
public final class H2Password {

    /** H2's error code for a wrong user name or password. */
    static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int BYTES = 24;

    private H2Password() {
    }

    /**
     * The password to open {@code h2} as {@code user}: read from {@code file}, or generated with
     * {@code random} and written there first. Call it under the database's startup lock.
     */
    public static String obtain(EmbeddedH2 h2, String url, String user, Path file, RandomGenerator random) {
        Optional<String> kept = existing(file);
        if (kept.isPresent()) {
            if (h2.exists() && !canLogin(url, user, kept.get())) {
                upgradeLegacy(url, user, kept.get(), file);
            }
            return kept.get();
        }
        try {
            String password = generate(random);
            OwnerOnly.writeSecret(file, password + "\n");
            if (h2.exists()) {
                upgradeLegacy(url, user, password, file);
            }
            return password;
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write the database password file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** The password kept in {@code file}, if the file exists; nothing is generated or checked. */
    public static Optional<String> existing(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the database password file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    static String generate(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean canLogin(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == WRONG_USER_OR_PASSWORD) {
                return false;
            }
            throw ConnectFailure.describe(e, url, user, password);
        }
    }

    /** Opens a database of an earlier release with the empty password and sets {@code password}. */
    private static void upgradeLegacy(String url, String user, String password, Path file) {
        if (!user.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new InvalidInputException("The password in " + file + " does not open the database as user '"
                    + user + "'; set db.user and db.password explicitly");
        }
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute("ALTER USER " + user + " SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            if (e.getErrorCode() == WRONG_USER_OR_PASSWORD) {
                throw new InvalidInputException("Neither the password in " + file + " nor the empty password of"
                        + " earlier releases opens the database at " + JdbcUrls.redact(url) + " as user '" + user
                        + "'; restore the file or set db.user and db.password explicitly", e);
            }
            throw ConnectFailure.describe(e, url, user, password);
        }
    }
}
