package io.tributary.core.store.internal;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.PartitionSummary;
import io.tributary.core.store.Lease;
import io.tributary.core.store.RunInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a run, its outcomes, decisions and partitions, and an execution's lease with plain SQL on
 * one connection, into the same values the JPA store gives: for a short-lived reader such as
 * {@code status} that must not start JPA or migrate the schema.
 */
public final class JdbcStoreReader {

    private final Connection connection;

    public JdbcStoreReader(Connection connection) {
        this.connection = connection;
    }

    /** True when the store's schema was migrated to exactly {@link StoreSchema#VERSION}, so it can be read as is. */
    public boolean schemaCurrent() throws SQLException {
        String sql = "select max(cast(\"version\" as int)) from \"" + StoreSchema.HISTORY_TABLE + "\""
                + " where \"success\" = true and \"version\" is not null";
        List<Integer> v = query(sql, rs -> rs.getInt(1));
        return v.size() == 1 && v.get(0) == StoreSchema.VERSION;
    }

    public Optional<RunInfo> run(long runId) throws SQLException {
        return query("select * from trb_run where run_id = ?", rs -> RunRows.toInfo(runRow(rs)), runId)
                .stream().findFirst();
    }

    public List<AgentOutcome> outcomes(long runId) throws SQLException {
        List<AgentOutcome> all = new ArrayList<>(query("select * from trb_agent_outcome where run_id = ?",
                rs -> OutcomeRows.toOutcome(outcomeRow(rs)), runId));
        all.sort(Comparator.comparing(AgentOutcome::agent).thenComparing(AgentOutcome::approach));
        return all;
    }

    public List<PolicyDecision> decisions(long runId) throws SQLException {
        return query("select * from trb_decision where run_id = ? order by id", rs -> new PolicyDecision(
                Decision.valueOf(rs.getString("outcome")), rs.getString("reason"),
                Codec.names(rs.getString("missing_agents")), rs.getString("policy"),
                RunReader.inputs(rs.getString("inputs")), rs.getString("reviewer"), instant(rs, "decided_at")), runId);
    }

    public List<PartitionSummary> partitions(long runId) throws SQLException {
        return query("select * from trb_partition where run_id = ? order by agent, approach, partition_no",
                rs -> new PartitionSummary(rs.getString("agent"), rs.getString("approach"), rs.getInt("partition_no"),
                        rs.getInt("items"), rs.getInt("settled"), rs.getInt("failed"), rs.getInt("partitions"),
                        rs.getInt("threads")), runId);
    }

    public Optional<Lease> lease(long executionId) throws SQLException {
        return query("select * from trb_lease where execution_id = ?", rs -> {
            LeaseEntity l = new LeaseEntity();
            l.executionId = rs.getLong("execution_id");
            l.runId = rs.getLong("run_id");
            l.owner = rs.getString("owner");
            l.heartbeatAt = instant(rs, "heartbeat_at");
            l.released = rs.getBoolean("released");
            return LeaseRows.toLease(l);
        }, executionId).stream().findFirst();
    }

    private static RunEntity runRow(ResultSet rs) throws SQLException {
        RunEntity r = new RunEntity();
        r.runId = rs.getLong("run_id");
        r.jobName = rs.getString("job_name");
        r.subjectKey = rs.getString("subject_key");
        r.subjectName = rs.getString("subject_name");
        r.subjectAttributes = rs.getString("subject_attributes");
        r.inputKind = rs.getString("input_kind");
        r.inputValue = rs.getString("input_value");
        r.findingGroups = rs.getString("finding_groups");
        r.agents = rs.getString("agents");
        r.policy = rs.getString("policy");
        r.lastExecutionId = rs.getLong("last_execution_id");
        r.traceId = rs.getString("trace_id");
        r.spanId = rs.getString("span_id");
        r.verdict = rs.getString("verdict");
        r.reportDir = rs.getString("report_dir");
        return r;
    }

    private static OutcomeEntity outcomeRow(ResultSet rs) throws SQLException {
        OutcomeEntity o = new OutcomeEntity();
        o.agent = rs.getString("agent");
        o.approach = rs.getString("approach");
        o.status = rs.getString("status");
        o.itemsTotal = rs.getInt("items_total");
        o.itemsDone = rs.getInt("items_done");
        o.findings = rs.getInt("findings");
        o.attempts = rs.getInt("attempts");
        o.startedAt = instant(rs, "started_at");
        o.endedAt = instant(rs, "ended_at");
        o.calls = rs.getInt("calls");
        o.inputTokens = rs.getLong("input_tokens");
        o.outputTokens = rs.getLong("output_tokens");
        o.latencyMs = rs.getLong("latency_ms");
        o.costUsd = rs.getDouble("cost_usd");
        o.model = rs.getString("model");
        o.error = rs.getString("error");
        o.problems = rs.getString("problems");
        o.retriable = rs.getBoolean("retriable");
        o.traceId = rs.getString("trace_id");
        return o;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, long... keys) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                s.setLong(i + 1, keys[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        }
    }
}
