package io.tributary.core.store;

import io.tributary.core.bootstrap.Database;
import io.tributary.core.config.Settings;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.core.store.internal.Pricing;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * A result store on a new H2 database in {@code home}, free of charge, whose agents' starts wait
 * {@code startVisibleAfter} for their first commit, and the database's statements counted.
 */
public record CountedStore(Database db, JpaResultStore store, QueryStatistics statistics) implements AutoCloseable {

    public static CountedStore open(Path home, Duration startVisibleAfter) throws SQLException {
        Database db = Database.open(Settings.load(home, Map.of(), new Properties(), Map.of()));
        return new CountedStore(db, new JpaResultStore(db.entityManagerFactory(), Pricing.FREE, Duration.ofSeconds(30),
                startVisibleAfter), new QueryStatistics(db.dataSource()));
    }

    @Override
    public void close() {
        store.close();
        db.close();
    }
}
