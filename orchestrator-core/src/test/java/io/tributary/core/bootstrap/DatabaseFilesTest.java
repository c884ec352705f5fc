package io.tributary.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import io.tributary.core.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's files are its owner's alone, and its password is generated per home. */
class DatabaseFilesTest {

    @TempDir
    Path tmp;

    @Test
    void newHome_isOwnerOnly_withAGeneratedPasswordInsteadOfTheEmptyOne() throws Exception {
        Path home = tmp.resolve("new-home");
        Settings settings = settings(home, Map.of());
        try (Database db = Database.open(settings)) {
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
        assertThat(mode(home)).isEqualTo("rwx------");
        assertThat(mode(home.resolve("db"))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(home.resolve("db"))) {
            assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
        }
        assertThat(home.resolve("db/tributary.mv.db")).exists();
        String password = Files.readString(home.resolve("db/password")).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        String url = settings.get("db.url");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        DriverManager.getConnection(url, "sa", password).close();
        assertThat(System.getProperty("h2.bindAddress")).isEqualTo("127.0.0.1");
    }

    @Test
    void databaseInAFolderOfTheUsers_narrowsItsOwnFilesOnly() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path notes = Files.writeString(shared.resolve("notes.txt"), "the user's own file");
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r--r--"));
        Settings settings = settings(tmp.resolve("home"), Map.of("db.url", "jdbc:h2:file:" + shared.resolve("store")
                + ";DB_CLOSE_DELAY=-1;AUTO_SERVER=TRUE"));
        try (Database db = Database.open(settings)) {
            assertThat(db.isH2()).isTrue();
        }
        assertThat(mode(shared)).isEqualTo("rwxr-xr-x");
        assertThat(mode(notes)).isEqualTo("rw-r--r--");
        assertThat(mode(shared.resolve("store.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void twoHomes_getDifferentPasswords() throws Exception {
        try (Database a = Database.open(settings(tmp.resolve("a"), Map.of()));
                Database b = Database.open(settings(tmp.resolve("b"), Map.of()))) {
            assertThat(Files.readString(tmp.resolve("a/db/password")))
                    .isNotEqualTo(Files.readString(tmp.resolve("b/db/password")));
        }
    }

    @Test
    void legacyHome_withTheEmptyPassword_opensKeepsItsDataAndIsGivenAGeneratedPassword() throws Exception {
        // given a database written as the earlier release did: user sa, empty password, no password file
        Path home = tmp.resolve("legacy");
        Files.createDirectories(home.resolve("db"));
        String url = "jdbc:h2:file:" + home.resolve("db/tributary") + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("create table legacy_marker (id int)");
            s.execute("insert into legacy_marker values (42)");
            s.execute("shutdown");
        }

        // when the current release opens it with the default settings
        try (Database db = Database.open(settings(home, Map.of()));
                Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            // then its data is there, and the empty password no longer opens it
            var rs = s.executeQuery("select id from legacy_marker");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
        String password = Files.readString(home.resolve("db/password")).strip();
        String current = settings(home, Map.of()).get("db.url");
        assertThatThrownBy(() -> DriverManager.getConnection(current, "sa", "").close()).isInstanceOf(SQLException.class);
        DriverManager.getConnection(current, "sa", password).close();
        try (Database again = Database.open(settings(home, Map.of()))) {
            assertThat(Files.readString(home.resolve("db/password")).strip()).isEqualTo(password);
        }
    }

    @Test
    void explicitCredentials_win_andNoPasswordIsGenerated() throws Exception {
        Path home = tmp.resolve("explicit");
        Settings settings = settings(home, Map.of("db.user", "owner", "db.password", "chosen-secret"));
        try (Database db = Database.open(settings)) {
            assertThat(home.resolve("db/password")).doesNotExist();
        }
        DriverManager.getConnection(settings.get("db.url"), "owner", "chosen-secret").close();
    }

    @Test
    void wrongPassword_isNamedAtOnce_withoutThePassword() throws Exception {
        Path home = tmp.resolve("wrong");
        try (Database db = Database.open(settings(home, Map.of()))) {
            assertThat(db.isH2()).isTrue();
        }
        Settings wrong = settings(home, Map.of("db.password", "not-the-password"));
        assertThatThrownBy(() -> Database.open(wrong).close())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("authentication failed for user 'sa'")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void passwordInsideTheJdbcUrl_isNeverPrinted() {
        Settings settings = settings(tmp.resolve("url"), Map.of("db.url",
                "jdbc:postgresql://127.0.0.1:1/none?user=u&password=hunter2secret", "db.user", "u"));
        assertThat(settings.describe().get("db.url")).doesNotContain("hunter2secret").contains("password=****");
        assertThatThrownBy(() -> Database.open(settings).close())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("connection refused")
                .hasMessageNotContaining("hunter2secret");
    }

    private static Settings settings(Path home, Map<String, String> overrides) {
        return Settings.load(home, Map.of(), new Properties(), overrides);
    }

    private static String mode(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
