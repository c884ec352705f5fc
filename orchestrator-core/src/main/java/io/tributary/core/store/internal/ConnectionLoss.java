package io.tributary.core.store.internal;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a lost or refused database connection (a server restarting, a dropped network, the H2
 * process that served the file ending) from every other failure: only these are worth waiting
 * out. Matches exception types and SQL states, never message text.
 */
public final class ConnectionLoss {

    /**
     * PostgreSQL's admin shutdown, crash shutdown and "cannot connect now" (starting up); H2's
     * broken connection, closed database and database closing at shutdown.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "90067", "90098", "90121");

    private ConnectionLoss() {
    }

    /** True when {@code e} or one of its causes says the connection was lost or could not be made. */
    public static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }
}
