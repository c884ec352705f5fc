package io.tributary.synthesis.report.internal;

import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.FindingGroup;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Consensus;
import io.tributary.api.synthesis.Contradiction;
import io.tributary.api.synthesis.Synthesis;
import io.tributary.synthesis.Assessment;
import io.tributary.synthesis.DimensionAssessment;
import io.tributary.synthesis.internal.FindingOrder;
import io.tributary.synthesis.report.internal.ReportModel.AgentView;
import io.tributary.synthesis.report.internal.ReportModel.ConsensusView;
import io.tributary.synthesis.report.internal.ReportModel.ContradictionView;
import io.tributary.synthesis.report.internal.ReportModel.DecisionView;
import io.tributary.synthesis.report.internal.ReportModel.DimensionView;
import io.tributary.synthesis.report.internal.ReportModel.FindingView;
import io.tributary.synthesis.report.internal.ReportModel.RunRef;
import io.tributary.synthesis.report.internal.ReportModel.RunView;
import io.tributary.synthesis.report.internal.ReportModel.SideView;
import io.tributary.synthesis.report.internal.ReportModel.TargetView;
import io.tributary.synthesis.report.internal.ReportModel.Totals;
import io.tributary.synthesis.report.internal.ReportModel.UsageView;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Joins a synthesis with its run into the model every report renders. */
public final class ReportModels {

    private ReportModels() {
    }

    /** The report model of {@code synthesis} on {@code run}, generated at {@code now}. */
    public static ReportModel of(Synthesis synthesis, RunSnapshot run, Instant now) {
        Objects.requireNonNull(synthesis, "synthesis");
        Objects.requireNonNull(run, "run");
        var disputed = synthesis.disputedFindingIds();
        var models = models(run.outcomes());
        var findings = new LinkedHashMap<Long, FindingView>();
        run.findings().forEach(f -> findings.putIfAbsent(f.id(), finding(f, disputed, models)));
        var decision = run.decision() == null ? null : new DecisionView(run.decision().outcome(),
                run.decision().outcome().exitCode(), run.decision().reason(), run.decision().missingAgents(),
                run.decision().policy(), run.decision().reviewer(), run.decision().decidedAt());
        var agents = run.outcomes().stream().map(ReportModels::agent).toList();
        boolean assessment = synthesis instanceof Assessment;
        return new ReportModel(assessment ? ReportModel.SCHEMA : ReportModel.GENERIC_SCHEMA, now, runView(run, assessment),
                target(run, assessment), decision, synthesis.verdict(), synthesis.confidence(), synthesis.summary(),
                synthesis.reasons(), missingGroups(synthesis, run), groups(synthesis, run, findings),
                synthesis.contradictions().stream().map(c -> contradiction(c, findings)).toList(),
                synthesis.followUps(), synthesis.consensus().stream().map(ReportModels::consensus).toList(),
                List.copyOf(findings.values()), agents, fanOut(run), totals(agents, run), synthesis.provenance(),
                synthesis.provenance().stream().map(p -> findings.get(p.findingId())).filter(Objects::nonNull).toList());
    }

    private static RunView runView(RunSnapshot run, boolean assessment) {
        var input = run.input();
        return assessment
                ? new RunView(run.runId(), run.executionId(), run.jobName(), run.traceId(), input.value(), null, null)
                : new RunView(run.runId(), run.executionId(), run.jobName(), run.traceId(), null, input.kind(),
                        input.value());
    }

    private static TargetView target(RunSnapshot run, boolean assessment) {
        var subject = run.subject();
        return assessment
                ? new TargetView(subject.name(), subject.attributes().getOrDefault("cik", ""),
                        subject.attributes().getOrDefault("ticker", ""), null)
                : new TargetView(subject.name(), null, null, subject.sortedAttributes());
    }

    /** An assessment's dimensions without evidence; otherwise the declared groups no finding is in. */
    private static List<String> missingGroups(Synthesis synthesis, RunSnapshot run) {
        if (synthesis instanceof Assessment a) {
            return a.missingDimensions().stream().map(Enum::name).toList();
        }
        return run.groups().stream().map(FindingGroup::name)
                .filter(g -> run.findings().stream().noneMatch(f -> f.finding().group().equals(g)))
                .toList();
    }

    /** An assessment's rated dimensions; otherwise every group the run uses, unrated. */
    private static List<DimensionView> groups(Synthesis synthesis, RunSnapshot run, Map<Long, FindingView> findings) {
        if (synthesis instanceof Assessment a) {
            return a.dimensions().stream().map(d -> dimension(d, run, findings)).toList();
        }
        return run.groupsInUse().stream().map(g -> {
            var own = own(run, g.name());
            var conclusions = conclusions(own, findings);
            var agents = own.stream().map(StoredFinding::agent).distinct().sorted().toList();
            return new DimensionView(g.name(), g.title(), null, "", List.of(), List.of(), agents,
                    conclusions.stream().map(FindingView::id).toList(), own.size() - conclusions.size(), conclusions,
                    owners(agents, run));
        }).toList();
    }

    private static FindingView finding(StoredFinding stored, Set<Long> disputed, Map<String, String> models) {
        var f = stored.finding();
        var caveats = EnumSet.noneOf(Caveat.class);
        caveats.addAll(f.caveats());
        if (disputed.contains(stored.id())) {
            caveats.add(Caveat.DISPUTED);
        }
        return new FindingView(stored.id(), stored.agent(), stored.approach(), stored.item(), f.key(), f.group(),
                f.topic(), f.claim(), f.polarity(), f.severity(), f.confidence(), caveats, caveats.isEmpty(),
                new TreeMap<>(f.attributes()), f.evidence(),
                new RunRef(models.getOrDefault(stored.agent() + "/" + stored.approach(), ""), stored.executionId(),
                        stored.stepExecutionId(), stored.traceId()));
    }

    private static DimensionView dimension(DimensionAssessment d, RunSnapshot run, Map<Long, FindingView> findings) {
        var own = own(run, d.dimension().name());
        var conclusions = conclusions(own, findings);
        return new DimensionView(d.dimension().name(), d.dimension().title(), d.rating(), d.basis(), d.reasons(),
                d.unsettled(),
                d.agents(), conclusions.stream().map(FindingView::id).toList(), own.size() - conclusions.size(),
                conclusions, owners(d.agents(), run));
    }

    /** The owners of {@code agents} that the job names, in the agents' order. */
    private static List<ReportModel.OwnerView> owners(List<String> agents, RunSnapshot run) {
        return agents.stream().flatMap(a -> run.owner(a).map(o -> new ReportModel.OwnerView(a, o)).stream()).toList();
    }

    private static List<StoredFinding> own(RunSnapshot run, String group) {
        return run.findings().stream().filter(f -> f.finding().group().equals(group)).toList();
    }

    /** A group's findings above INFO, strongest first. */
    private static List<FindingView> conclusions(List<StoredFinding> own, Map<Long, FindingView> findings) {
        return own.stream()
                .filter(f -> f.finding().severity() != Severity.INFO)
                .sorted(FindingOrder.STRONGEST_FIRST)
                .map(f -> findings.get(f.id()))
                .toList();
    }

    private static ContradictionView contradiction(Contradiction c, Map<Long, FindingView> findings) {
        return new ContradictionView(c.rule(), c.subject(), c.severity(), c.check(), c.findingIds(),
                side(c.warning(), findings), side(c.reassurance(), findings));
    }

    private static SideView side(Contradiction.Side side, Map<Long, FindingView> findings) {
        return new SideView(side.position(), side.findingIds(), side.agents(), side.evidence(),
                side.findingIds().stream().map(findings::get).filter(Objects::nonNull).toList());
    }

    private static ConsensusView consensus(Consensus c) {
        return new ConsensusView(c.agent(), c.approaches(), c.compared(), c.agreed(), c.agreementRate(),
                c.disagreements());
    }

    private static AgentView agent(AgentOutcome o) {
        Long duration = o.startedAt() != null && o.endedAt() != null
                ? Duration.between(o.startedAt(), o.endedAt()).toMillis() : null;
        var usage = o.usage();
        return new AgentView(o.agent(), o.approach(), o.status(), o.startedAt(), o.endedAt(), duration, o.findings(),
                o.itemsTotal(), o.itemsDone(), o.attempts(), new UsageView(usage.calls(), usage.inputTokens(),
                        usage.outputTokens(), usage.latency().toMillis(), usage.model()),
                o.costUsd(), o.error(), o.retriable(), o.traceId(), o.problems());
    }

    private static List<ReportModel.FanOutView> fanOut(RunSnapshot run) {
        java.util.Map<String, List<io.tributary.api.run.PartitionSummary>> steps = new java.util.TreeMap<>();
        run.partitions().forEach(p -> steps.computeIfAbsent(p.agent() + "/" + p.approach(),
                k -> new java.util.ArrayList<>()).add(p));
        return steps.values().stream().map(ps -> new ReportModel.FanOutView(ps.get(0).agent(), ps.get(0).approach(),
                ps.get(0).partitions(), ps.get(0).threads(),
                ps.stream().map(io.tributary.api.run.PartitionSummary::items).toList(),
                ps.stream().mapToInt(io.tributary.api.run.PartitionSummary::items).sum(),
                ps.stream().mapToInt(io.tributary.api.run.PartitionSummary::settled).sum(),
                ps.stream().mapToInt(io.tributary.api.run.PartitionSummary::failed).sum())).toList();
    }

    private static Totals totals(List<AgentView> agents, RunSnapshot run) {
        var first = run.outcomes().stream().map(AgentOutcome::startedAt).filter(Objects::nonNull).min(Instant::compareTo);
        var last = run.outcomes().stream().map(AgentOutcome::endedAt).filter(Objects::nonNull).max(Instant::compareTo);
        long wall = first.isPresent() && last.isPresent() && last.get().isAfter(first.get())
                ? Duration.between(first.get(), last.get()).toMillis() : 0;
        return new Totals(agents.size(), run.findings().size(),
                agents.stream().mapToInt(a -> a.usage().calls()).sum(),
                agents.stream().mapToLong(a -> a.usage().inputTokens()).sum(),
                agents.stream().mapToLong(a -> a.usage().outputTokens()).sum(),
                agents.stream().mapToDouble(AgentView::costUsd).sum(),
                agents.stream().map(AgentView::durationMs).filter(Objects::nonNull).mapToLong(Long::longValue).sum(),
                wall);
    }

    private static Map<String, String> models(List<AgentOutcome> outcomes) {
        var models = new TreeMap<String, String>();
        outcomes.stream().filter(o -> !o.usage().model().isBlank())
                .forEach(o -> models.putIfAbsent(o.agent() + "/" + o.approach(), o.usage().model()));
        return models;
    }
}
