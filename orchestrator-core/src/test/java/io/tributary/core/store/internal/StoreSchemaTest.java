package io.tributary.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class StoreSchemaTest {

    @Test
    void version_isTheLatestMigration_andAMigratedStoreReadsAsCurrent() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:schema-version;DB_CLOSE_DELAY=-1");
        StoreSchema.migrate(ds);

        MigrationInfo[] applied = Flyway.configure(StoreSchema.class.getClassLoader()).dataSource(ds)
                .locations(StoreSchema.MIGRATIONS).table(StoreSchema.HISTORY_TABLE).load().info().applied();
        assertThat(applied[applied.length - 1].getVersion().getVersion())
                .isEqualTo(String.valueOf(StoreSchema.VERSION));
        try (var c = DriverManager.getConnection("jdbc:h2:mem:schema-version")) {
            assertThat(new JdbcStoreReader(c).schemaCurrent()).isTrue();
            c.createStatement().execute("delete from \"" + StoreSchema.HISTORY_TABLE + "\" where \"version\" = '"
                    + StoreSchema.VERSION + "'");
            assertThat(new JdbcStoreReader(c).schemaCurrent()).as("one migration short").isFalse();
        }
    }
}
