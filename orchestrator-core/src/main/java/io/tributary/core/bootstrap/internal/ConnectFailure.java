package io.tributary.core.bootstrap.internal;

import io.tributary.api.InvalidInputException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Why a connection to the database could not be made, said in a sentence that names the real
 * cause (authentication, a refused connection, an unknown host) and never a password.
 */
public final class ConnectFailure {

    /** PostgreSQL's invalid password and invalid authorization; H2 reports both as 28000. */
    private static final Set<String> AUTHENTICATION = Set.of("28P01", "28000");
    /** H2's "database may be already in use" (a file opened by another process without AUTO_SERVER). */
    private static final int H2_IN_USE = 90020;
    static final String HINT = " (check db.url, db.user and db.password, or TRIBUTARY_DB_URL, TRIBUTARY_DB_USER,"
            + " TRIBUTARY_DB_PASSWORD)";

    private ConnectFailure() {
    }

    /** The failure to connect to {@code url} as {@code user}, as an input error with its cause named. */
    public static InvalidInputException describe(SQLException e, String url, String user, String password) {
        String message = "Cannot connect to the database at " + JdbcUrls.redact(url) + ": " + cause(e, user)
                + " [" + firstLine(e.getMessage()) + "]" + HINT;
        return new InvalidInputException(JdbcUrls.scrub(message, url, password), new SQLException(
                JdbcUrls.scrub(e.getMessage(), url, password), e.getSQLState(), e.getErrorCode()));
    }

    static String cause(SQLException e, String user) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host '" + t.getMessage() + "'";
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer from the server (timed out)";
            }
        }
        if (e.getSQLState() != null && AUTHENTICATION.contains(e.getSQLState())) {
            return "authentication failed for user '" + user + "'";
        }
        if (e.getErrorCode() == H2_IN_USE) {
            return "the database file is open in another process and db.url does not share it (add AUTO_SERVER=TRUE)";
        }
        return "the driver refused the connection";
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
