package io.tributary.api.run;

import io.tributary.api.finding.FindingGroup;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.policy.PolicyDecision;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the store knows about a run at the moment synthesis reads it.
 *
 * @param runId       the job instance id
 * @param executionId the current job execution
 * @param jobName     the job
 * @param subject     what the run is about
 * @param input       what its agents read
 * @param agents      the agent roles the job declares, in job order
 * @param groups      the finding groups the job declares with their titles, in job order; may be
 *                    empty, see {@link #groupsInUse()}
 * @param decision    the policy decision
 * @param outcomes    each agent's outcome, sorted by agent
 * @param findings    every committed finding, in commit order
 * @param traceId     the trace of the current execution
 * @param partitions  the partitions of partitioned agent steps, by agent and partition number
 * @param owners      who is accountable for each agent role, where the job names someone
 *                    ({@code agent:owner}, or property or parameter {@code <role>.owner}); a role
 *                    without an owner is absent
 */
public record RunSnapshot(
        long runId,
        long executionId,
        String jobName,
        Subject subject,
        AgentInput input,
        List<String> agents,
        List<FindingGroup> groups,
        PolicyDecision decision,
        List<AgentOutcome> outcomes,
        List<StoredFinding> findings,
        String traceId,
        List<PartitionSummary> partitions,
        Map<String, String> owners) {

    public RunSnapshot {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(input, "input");
        agents = List.copyOf(agents);
        groups = List.copyOf(groups == null ? List.of() : groups);
        outcomes = List.copyOf(outcomes);
        findings = List.copyOf(findings);
        traceId = traceId == null ? "" : traceId;
        partitions = List.copyOf(partitions == null ? List.of() : partitions);
        owners = Collections.unmodifiableMap(new LinkedHashMap<>(owners == null ? Map.of() : owners));
    }

    /** A run without owners named. */
    public RunSnapshot(long runId, long executionId, String jobName, Subject subject, AgentInput input,
            List<String> agents, List<FindingGroup> groups, PolicyDecision decision, List<AgentOutcome> outcomes,
            List<StoredFinding> findings, String traceId, List<PartitionSummary> partitions) {
        this(runId, executionId, jobName, subject, input, agents, groups, decision, outcomes, findings, traceId,
                partitions, Map.of());
    }

    /** This run with {@code owners} as the owners of its roles. */
    public RunSnapshot withOwners(Map<String, String> owners) {
        return new RunSnapshot(runId, executionId, jobName, subject, input, agents, groups, decision, outcomes,
                findings, traceId, partitions, owners);
    }

    /** Who is accountable for agent role {@code role}, if the job names someone. */
    public Optional<String> owner(String role) {
        return Optional.ofNullable(owners.get(role));
    }

    /**
     * The groups declared by the job, then any other group a finding uses (titled by its name),
     * in order of first use: what a report shows.
     */
    public List<FindingGroup> groupsInUse() {
        var all = new LinkedHashMap<String, FindingGroup>();
        groups.forEach(g -> all.put(g.name(), g));
        findings.forEach(f -> all.putIfAbsent(f.finding().group(), FindingGroup.of(f.finding().group())));
        return List.copyOf(all.values());
    }

    /** The title of a group: as declared by the job, else its name. */
    public String groupTitle(String group) {
        return groups.stream().filter(g -> g.name().equals(group)).map(FindingGroup::title).findFirst().orElse(group);
    }
}
