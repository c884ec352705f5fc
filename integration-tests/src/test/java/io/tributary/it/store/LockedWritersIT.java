package io.tributary.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import io.tributary.core.store.CostTotals;
import io.tributary.core.store.RiskRow;
import io.tributary.core.store.internal.AggregateLocking;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.Postgres;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight parallel flows, 1,000 committed items each, every commit updating the same aggregate
 * rows (the target's risk register, the run's cost ledger). With the project's locked writers the
 * totals are exact; with the locks switched off the same job loses updates, which shows the test
 * can tell the difference.
 */
class LockedWritersIT {

    static final int FLOWS = 8;
    static final int ITEMS = Integer.getInteger("it.locking.items", 1000);

    @TempDir
    Path tmp;

    @Test
    void h2_eightFlowsTimes1000Updates_totalsExact() throws Exception {
        Totals t = run(Map.of(), AggregateLocking.ROW_LOCK, ITEMS);
        assertThat(t.riskFindings).isEqualTo(FLOWS * ITEMS);
        assertThat(t.ledgerTokens).isEqualTo(FLOWS * ITEMS);
    }

    @Test
    void h2_withoutLocks_losesUpdates() throws Exception {
        Totals t = run(Map.of(), AggregateLocking.NONE, ITEMS);
        System.out.printf("Without locks on H2: risk register %d of %d, ledger %d of %d%n", t.riskFindings,
                FLOWS * ITEMS, t.ledgerTokens, FLOWS * ITEMS);
        assertThat(t.riskFindings + t.ledgerTokens).isLessThan(2L * FLOWS * ITEMS);
    }

    @Test
    void postgres_eightFlowsTimes1000Updates_totalsExact() throws Exception {
        Totals t = run(Postgres.freshSchemaSettings(), AggregateLocking.ROW_LOCK, ITEMS);
        assertThat(t.riskFindings).isEqualTo(FLOWS * ITEMS);
        assertThat(t.ledgerTokens).isEqualTo(FLOWS * ITEMS);
    }

    @Test
    void postgres_withoutLocks_losesUpdates() throws Exception {
        Totals t = run(Postgres.freshSchemaSettings(), AggregateLocking.NONE, ITEMS);
        System.out.printf("Without locks on PostgreSQL: risk register %d of %d, ledger %d of %d%n", t.riskFindings,
                FLOWS * ITEMS, t.ledgerTokens, FLOWS * ITEMS);
        assertThat(t.riskFindings + t.ledgerTokens).isLessThan(2L * FLOWS * ITEMS);
    }

    record Totals(long riskFindings, long ledgerTokens) {
    }

    private Totals run(Map<String, String> db, AggregateLocking locking, int items) throws Exception {
        Map<String, String> settings = new HashMap<>(db);
        settings.put("db.pool.size", "12");
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Contended, Inc.");
        try (TributaryRuntime runtime = TributaryRuntime.start(
                Settings.load(tmp.resolve("home"), Map.of(), new Properties(), settings),
                (emf, pricing) -> new JpaResultStore(emf, pricing, locking))) {
            long id = runtime.jobOperator().start("it-locking",
                    ItRuntime.params("dossier", dossier.toString(), "items", String.valueOf(items)));
            JobExecution e = awaitEnd(runtime, id);
            assertThat(e.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
            long runId = runtime.jobOperator().getJobInstance(id).getInstanceId();
            String targetKey = runtime.store().run(runId).orElseThrow().subject().key();
            long risk = runtime.store().riskRegister(targetKey).stream()
                    .filter(r -> r.group().equals("FINANCIAL_HEALTH")).mapToLong(RiskRow::findings).sum();
            CostTotals costs = runtime.store().costs(runId);
            assertThat(runtime.store().findings(runId)).hasSize(FLOWS * items);
            return new Totals(risk, costs.inputTokens());
        }
    }

    private static JobExecution awaitEnd(TributaryRuntime runtime, long id) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            JobExecution e = runtime.jobOperator().getJobExecution(id);
            if (e.getBatchStatus() == BatchStatus.COMPLETED || e.getBatchStatus() == BatchStatus.FAILED
                    || e.getBatchStatus() == BatchStatus.STOPPED) {
                return e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not end within 5 minutes");
    }
}
