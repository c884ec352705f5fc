package io.tributary.core.bootstrap.internal;

import com.zaxxer.hikari.SQLExceptionOverride;
import io.tributary.core.store.internal.ConnectionLoss;
import java.sql.SQLException;

/**
 * Tells the pool to drop a connection that failed because the database went away, H2's states
 * included, which HikariCP does not know. An H2 connection out of autocommit mode, as the result
 * store's are, does not reconnect by itself when the process serving the file ends ({@code
 * AUTO_RECONNECT} leaves a session with a transaction alone), so it must not go back to the pool:
 * the caller's retry then gets a new connection, to whichever process serves the file now.
 */
public final class EvictLostConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return ConnectionLoss.isConnectionLoss(e) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
