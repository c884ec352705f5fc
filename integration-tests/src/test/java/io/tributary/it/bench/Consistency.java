package io.tributary.it.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Checks, straight in the database after a load, that nothing was lost: every job execution
 * completed, each target's risk register (one row per dimension, updated by every agent of every
 * job on that target at once) counts exactly the findings stored for its runs, and each run's
 * cost ledger counts exactly the calls its agents recorded.
 *
 * @param executions           job executions in the repository
 * @param notCompleted         executions that did not complete
 * @param findingsStored       finding rows of the benchmark's targets
 * @param findingsInRegisters  what the risk registers of those targets add up to
 * @param registerMismatches   targets whose register disagrees with their finding rows
 * @param ledgerMismatches     runs whose ledger disagrees with their agents' calls
 */
record Consistency(long executions, long notCompleted, long findingsStored, long findingsInRegisters,
        int registerMismatches, long ledgerMismatches) {

    boolean noLostUpdate() {
        return notCompleted == 0 && registerMismatches == 0 && ledgerMismatches == 0
                && findingsStored == findingsInRegisters;
    }

    static Consistency check(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            long executions = count(c, "select count(*) from JOB_EXECUTION");
            long notCompleted = count(c, "select count(*) from JOB_EXECUTION where BATCHSTATUS <> 'COMPLETED'");
            long stored = 0;
            long registered = 0;
            int mismatches = 0;
            for (int t = 0; t < FiveAgents.TARGETS; t++) {
                String key = FiveAgents.cik(t);
                long s = count(c, "select count(*) from trb_finding f join trb_run r on r.run_id = f.run_id"
                        + " where r.subject_key = ?", key);
                long r = count(c, "select coalesce(sum(findings), 0) from trb_risk_register where subject_key = ?", key);
                stored += s;
                registered += r;
                mismatches += s == r ? 0 : 1;
            }
            long ledger = count(c, "select count(*) from trb_cost_ledger l where l.calls <>"
                    + " (select coalesce(sum(o.calls), 0) from trb_agent_outcome o where o.run_id = l.run_id)");
            return new Consistency(executions, notCompleted, stored, registered, mismatches, ledger);
        }
    }

    private static long count(Connection c, String sql, String... args) throws SQLException {
        if (args.length == 0) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
