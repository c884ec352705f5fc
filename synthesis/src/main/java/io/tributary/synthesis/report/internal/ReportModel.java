package io.tributary.synthesis.report.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.synthesis.Disagreement;
import io.tributary.api.synthesis.FollowUp;
import io.tributary.api.synthesis.Provenance;
import io.tributary.api.synthesis.Statement;
import io.tributary.synthesis.Rating;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a report shows, in one value: the assessment joined with the run it came from. The
 * JSON report is this model as it stands (the {@code assessment.json} schema); the templates
 * read the same model, plus the finding details marked {@link JsonIgnore} (the conclusions of each
 * dimension, the findings of each contradiction side, the cited findings) that the JSON gives once,
 * in {@link #findings()}.
 */
@JsonPropertyOrder({"schema", "generatedAt", "run", "target", "decision", "recommendation", "confidence", "summary"})
public record ReportModel(
        String schema,
        Instant generatedAt,
        RunView run,
        TargetView target,
        DecisionView decision,
        String recommendation,
        double confidence,
        String summary,
        List<Statement> reasons,
        List<String> missingDimensions,
        List<DimensionView> dimensions,
        List<ContradictionView> contradictions,
        List<FollowUp> followUps,
        List<ConsensusView> consensus,
        List<FindingView> findings,
        List<AgentView> agents,
        List<FanOutView> partitions,
        Totals totals,
        List<Provenance> provenance,
        @JsonIgnore List<FindingView> cited) {

    /** True for a due-diligence assessment, which rates dimensions and recommends; false for any other synthesis. */
    public boolean assessment() {
        return SCHEMA.equals(schema);
    }

    /**
     * The review packet when the run stopped for a person (RETRY, ESCALATE): this report is then
     * provisional. Absent from the JSON of a final report.
     */
    @JsonProperty("review")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public ReviewPacket review() {
        return ReviewPacket.of(this);
    }

    /** What the HTML report shows first and how it folds long lists (not part of the JSON). */
    @JsonIgnore
    public ReportDigest digest() {
        return ReportDigest.of(this);
    }

    /** The version of the JSON layout of an assessment; changes when a field is removed or changes meaning. */
    public static final String SCHEMA = "tributary.assessment/1";
    /** The version of the JSON layout of any other synthesis. */
    public static final String GENERIC_SCHEMA = "tributary.report/1";

    /**
     * What the run is about: for an assessment, the company's name and identifiers (empty when
     * unknown); for any other synthesis, the subject's name and attributes.
     */
    public record TargetView(String name, @JsonInclude(JsonInclude.Include.NON_NULL) String cik,
            @JsonInclude(JsonInclude.Include.NON_NULL) String ticker,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> attributes) {
    }

    /**
     * The run's identity: for an assessment, the dossier it read; for any other synthesis, the
     * kind and value of its input.
     */
    public record RunView(long runId, long executionId, String jobName, String traceId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String dossier,
            @JsonInclude(JsonInclude.Include.NON_NULL) String inputKind,
            @JsonInclude(JsonInclude.Include.NON_NULL) String input) {
    }

    /** The policy decision the assessment was made under. */
    public record DecisionView(Decision outcome, int exitCode, String reason, List<String> missingAgents,
            String policy, String reviewer, Instant decidedAt) {
    }

    /**
     * One finding group with the conclusions it holds (for templates); a rated dimension of an
     * assessment has its rating and basis, a group of a synthesis that rates nothing has none.
     */
    public record DimensionView(String dimension, String title, @JsonInclude(JsonInclude.Include.NON_NULL) Rating rating,
            String basis,
            List<Statement> reasons, List<Statement> unsettled, List<String> agents, List<Long> findingIds,
            int observations, @JsonIgnore List<FindingView> conclusions, List<OwnerView> owners) {
    }

    /** Who is accountable for an agent role's part of the report, as the job names them. */
    public record OwnerView(String agent, String owner) {
    }

    /** A contradiction with both sides. */
    public record ContradictionView(String rule, String subject, Severity severity, String check,
            List<Long> findingIds, SideView warning, SideView reassurance) {
    }

    /** One side of a contradiction, with its findings (for templates). */
    public record SideView(String position, List<Long> findingIds, List<String> agents, List<Evidence> evidence,
            @JsonIgnore List<FindingView> findings) {
    }

    /** Agreement between approaches to one role. */
    public record ConsensusView(String agent, List<String> approaches, int compared, int agreed,
            double agreementRate, List<Disagreement> disagreements) {
    }

    /** A stored finding with the caveats that apply in this assessment and its agent run. */
    public record FindingView(long id, String agent, String approach, String item, String key, String dimension,
            String topic, String claim, Polarity polarity, Severity severity, double confidence,
            Set<Caveat> caveats, boolean settled, Map<String, String> attributes, List<Evidence> evidence,
            RunRef producedBy) {
    }

    /** The agent run behind a finding. */
    public record RunRef(String model, long executionId, long stepExecutionId, String traceId) {
    }

    /**
     * A partitioned agent step: how many partitions its input made, how many ran at once, the
     * work items each partition had, and how many settled or failed.
     */
    public record FanOutView(String agent, String approach, int partitions, int concurrency, List<Integer> sizes,
            int items, int settled, int failed) {
    }

    /**
     * One agent's outcome: status, timings, usage and cost, and the sources it was given but
     * skipped or refused.
     */
    public record AgentView(String agent, String approach, AgentStatus status, Instant startedAt, Instant endedAt,
            Long durationMs, int findings, int itemsTotal, int itemsDone, int attempts, UsageView usage,
            double costUsd, String error, boolean retriable, String traceId, List<SourceProblem> problems) {
    }

    /** What an agent consumed. */
    public record UsageView(int calls, long inputTokens, long outputTokens, long latencyMs, String model) {
    }

    /**
     * Run-wide sums. {@code agentTimeMs} adds every agent's duration; {@code wallClockMs} spans
     * the first start to the last end, so their ratio shows how much ran in parallel.
     */
    public record Totals(int agents, int findings, int calls, long inputTokens, long outputTokens, double costUsd,
            long agentTimeMs, long wallClockMs) {
    }
}
