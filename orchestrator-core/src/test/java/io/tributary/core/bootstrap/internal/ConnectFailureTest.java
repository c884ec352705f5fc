package io.tributary.core.bootstrap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConnectFailureTest {

    static final String URL = "jdbc:postgresql://db.example.com:5432/app?password=s3cret-in-url";

    @Test
    void unknownHost_refusedConnection_andWrongPassword_eachSayTheirOwnCause() {
        assertThat(describe(new SQLException("The connection attempt failed.", "08001",
                new UnknownHostException("db.example.com")))).contains("unknown host 'db.example.com'");
        assertThat(describe(new SQLException("Connection to db.example.com:5432 refused.", "08001",
                new ConnectException("Connection refused")))).contains("connection refused");
        assertThat(describe(new SQLException("FATAL: password authentication failed for user \"app\"", "28P01")))
                .contains("authentication failed for user 'app'");
    }

    @Test
    void message_neverHoldsThePassword_fromTheUrlOrTheSettings() {
        String message = ConnectFailure.describe(new SQLException("echo s3cret-in-url and other-secret", "08001"),
                URL, "app", "other-secret").getMessage();
        assertThat(message).doesNotContain("s3cret-in-url").doesNotContain("other-secret").contains("password=****");
    }

    @Test
    void urls_loseEveryFormOfPassword() {
        assertThat(JdbcUrls.redact("jdbc:h2:file:/x/db;USER=sa;PASSWORD=abc;LOCK_TIMEOUT=1"))
                .isEqualTo("jdbc:h2:file:/x/db;USER=sa;PASSWORD=****;LOCK_TIMEOUT=1");
        assertThat(JdbcUrls.redact("jdbc:postgresql://u:abc@host:5432/db?ssl=true&password=abc"))
                .isEqualTo("jdbc:postgresql://u:****@host:5432/db?ssl=true&password=****");
        assertThat(JdbcUrls.redact("jdbc:postgresql://host/db")).isEqualTo("jdbc:postgresql://host/db");
    }

    private static String describe(SQLException e) {
        return ConnectFailure.describe(e, URL, "app", "").getMessage();
    }
}
