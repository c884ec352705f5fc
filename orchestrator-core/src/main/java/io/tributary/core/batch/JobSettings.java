package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import io.tributary.api.finding.FindingGroup;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.core.config.Settings;
import io.tributary.core.policy.PolicyParser;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The properties a step sees: its own step properties over the job's properties (which job XML
 * fills from job parameters with {@code #{jobParameters['x']}?:default;}), over the runtime
 * settings for the keys they share.
 */
final class JobSettings {

    static final String AGENTS = "agents";
    /** The job property declaring finding groups and their titles: {@code name=Title, name2=Title 2}. */
    static final String GROUPS = "findingGroups";

    private final Map<String, String> values;

    private JobSettings(Map<String, String> values) {
        this.values = values;
    }

    static JobSettings of(JobContext job, StepContext step) {
        Map<String, String> merged = new HashMap<>();
        copy(job.getProperties(), merged);
        if (step != null) {
            copy(step.getProperties(), merged);
        }
        return new JobSettings(merged);
    }

    /** Settings of the given values only (tests and callers outside a step). */
    static JobSettings of(Map<String, String> values) {
        return new JobSettings(new HashMap<>(values));
    }

    Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    String get(String key, String fallback) {
        return find(key).orElse(fallback);
    }

    /** A value from the job, else the runtime setting of {@code settingKey}. */
    String get(String key, Settings settings, String settingKey) {
        return find(key).orElseGet(() -> settings.get(settingKey));
    }

    Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    /**
     * The values, with the runtime settings' agent deadline, retries and backoff where the job
     * leaves them unset: what a policy is read from.
     */
    Map<String, String> policyInputs(Settings settings) {
        Map<String, String> merged = new HashMap<>(values);
        merged.put(PolicyParser.AGENT_TIMEOUT, get(PolicyParser.AGENT_TIMEOUT, settings, "agent.timeout"));
        merged.put(PolicyParser.RETRIES, get(PolicyParser.RETRIES, settings, "agent.retries"));
        merged.put(PolicyParser.BACKOFF, get(PolicyParser.BACKOFF, settings, "agent.backoff"));
        return Map.copyOf(merged);
    }

    /** The run's policy, checked against the job's agents. */
    FailurePolicy policy(Settings settings) {
        return PolicyParser.parse(policyInputs(settings), agents());
    }

    /** The job's agent roles, in job order. */
    List<String> agents() {
        return List.copyOf(PolicyParser.names(get(AGENTS, "")));
    }

    /** The finding groups the job declares, in job order; invalid names fail with the property named. */
    List<FindingGroup> groups() {
        List<FindingGroup> groups = new ArrayList<>();
        for (String entry : get(GROUPS, "").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String name = (eq < 0 ? entry : entry.substring(0, eq)).strip();
            try {
                groups.add(new FindingGroup(name, eq < 0 ? name : entry.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Job property '" + GROUPS + "': " + e.getMessage());
            }
        }
        return List.copyOf(groups);
    }

    private static void copy(Properties from, Map<String, String> to) {
        if (from != null) {
            from.stringPropertyNames().forEach(k -> to.put(k, from.getProperty(k)));
        }
    }
}
