package io.tributary.core.store.internal;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;

/**
 * One update statement run as plain JDBC on the connection of the caller's transaction. Hibernate
 * translates a bulk update anew on every execution, which costs more than the update itself, so the
 * store's hot in-place updates of rows it never holds as entities go this way instead.
 */
final class NativeUpdate {

    private NativeUpdate() {
    }

    /**
     * Runs {@code sql} with {@code values} bound in order; an {@link Instant} is bound as a UTC
     * {@link OffsetDateTime}, as the store's {@code timestamp with time zone} columns take it.
     *
     * @return the number of rows updated
     */
    static int run(EntityManager em, String sql, Object... values) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    statement.setObject(i + 1, v instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : v);
                }
                return statement.executeUpdate();
            }
        });
    }
}
