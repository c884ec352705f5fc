package io.tributary.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import io.tributary.core.bootstrap.internal.EmbeddedH2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoreSchemaTest {

    /** H2 reads its server's bind address once, when it loads: as the runtime does, loopback before H2 loads. */
    @BeforeAll
    static void loopbackBeforeH2Loads() {
        if (System.getProperty(EmbeddedH2.BIND_ADDRESS) == null) {
            System.setProperty(EmbeddedH2.BIND_ADDRESS, "127.0.0.1");
        }
    }

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
