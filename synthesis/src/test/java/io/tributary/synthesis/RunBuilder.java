package io.tributary.synthesis;

import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.run.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Builds run snapshots by hand, the way the store would hand them to synthesis. */
public final class RunBuilder {

    public static final Instant T0 = Instant.parse("2025-05-01T09:00:00Z");
    private static final long EXECUTION = 41;

    /** The roles of the due-diligence job, as its job XML declares them. */
    public static final List<String> ROLES = List.of("financials", "press", "regulatory", "patents", "leadership");

    private final Subject subject;
    private final String ticker;
    private final List<AgentOutcome> outcomes = new ArrayList<>();
    private final List<StoredFinding> findings = new ArrayList<>();
    private Decision decision = Decision.PROCEED;
    private String reason = "all 5 agents delivered";
    private long nextId = 100;
    private long step = 500;

    private RunBuilder(Subject subject, String ticker) {
        this.subject = subject;
        this.ticker = ticker;
    }

    public static RunBuilder of(String name, String cik, String ticker) {
        return new RunBuilder(new Subject(cik.isEmpty() ? name.toLowerCase(java.util.Locale.ROOT) : cik, name,
                Map.of("cik", cik, "ticker", ticker)), ticker);
    }

    /** {@code run} with another decision, outcomes and trace. */
    public static RunSnapshot copy(RunSnapshot run, PolicyDecision decision, List<AgentOutcome> outcomes,
            String traceId) {
        return new RunSnapshot(run.runId(), run.executionId(), run.jobName(), run.subject(), run.input(), run.agents(),
                run.groups(), decision, outcomes, run.findings(), traceId, run.partitions());
    }

    /** An outcome that ran from {@code startMs} to {@code endMs} after T0 (null for never started or not ended). */
    public RunBuilder outcome(String agent, String approach, AgentStatus status, Long startMs, Long endMs,
            Usage usage, double cost) {
        outcomes.add(new AgentOutcome(agent, approach, status, countOf(agent, approach), 3, 3, 1,
                startMs == null ? null : T0.plusMillis(startMs), endMs == null ? null : T0.plusMillis(endMs),
                usage, cost, status == AgentStatus.SUCCEEDED || status == AgentStatus.NO_EVIDENCE ? ""
                        : agent + " " + status.name().toLowerCase(), status == AgentStatus.FAILED, "trace-" + agent));
        return this;
    }

    public RunBuilder outcome(String agent, AgentStatus status) {
        long start = 10L * outcomes.size();
        return outcome(agent, agent, status, start, start + 800, Usage.local(Duration.ofMillis(800)), 0.0);
    }

    public RunBuilder decision(Decision outcome, String why) {
        this.decision = outcome;
        this.reason = why;
        return this;
    }

    /** Stores a finding of {@code agent} under its own approach; returns its id. */
    public long add(String agent, Finding finding) {
        return add(agent, agent, finding);
    }

    public long add(String agent, String approach, Finding finding) {
        long id = nextId++;
        findings.add(new StoredFinding(id, agent, approach, "*", finding, EXECUTION, step++, "trace-" + agent));
        return id;
    }

    public RunSnapshot build() {
        var missing = new TreeSet<String>();
        outcomes.stream().filter(o -> !o.status().delivered()).forEach(o -> missing.add(o.agent()));
        var policy = new PolicyDecision(decision, reason, List.copyOf(missing), "quorum(3 of 5)", outcomes, "",
                T0.plusSeconds(5));
        return new RunSnapshot(7, EXECUTION, "due-diligence", subject,
                new AgentInput.Directory(Path.of("/dossiers/" + ticker)), ROLES, List.of(), policy, outcomes, findings,
                "trace-run-7", List.of());
    }

    private int countOf(String agent, String approach) {
        return (int) findings.stream().filter(f -> f.agent().equals(agent) && f.approach().equals(approach)).count();
    }

    /** A finding with evidence at one place. */
    public static Finding finding(String topic, Dimension dimension, Polarity polarity, Severity severity,
            String claim, String key, Evidence evidence, Map<String, String> attributes, Caveat... caveats) {
        return new Finding(key, dimension.name(), topic, claim, polarity, severity, 0.9, List.of(evidence), attributes,
                Set.of(caveats));
    }

    public static Evidence at(String file, String locator, String quote) {
        return new Evidence(file, locator, quote);
    }
}
