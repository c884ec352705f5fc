package io.tributary.core.store.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The result store's schema, versioned by Flyway migrations in {@value #MIGRATIONS}. Both ways of
 * running (the Java SE bootstrap and an application server) migrate through this one class, so
 * the schema never depends on how the store was started; Hibernate only validates it.
 */
public final class StoreSchema {

    public static final String MIGRATIONS = "classpath:db/tributary";
    public static final String HISTORY_TABLE = "trb_schema_history";
    /** The version of the latest migration: a store at this version needs no migration to be read. */
    public static final int VERSION = 5;

    private StoreSchema() {
    }

    /**
     * Brings the schema behind {@code dataSource} to the latest version; a database that has
     * tables but no history yet is baselined at version 0.
     */
    public static void migrate(DataSource dataSource) {
        Flyway.configure(StoreSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
