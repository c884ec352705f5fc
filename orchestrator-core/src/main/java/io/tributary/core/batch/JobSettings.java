package io.tributary.core.batch;

import io.tributary.core.config.Settings;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
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

    /** The job's agent roles, in job order. */
    List<String> agents() {
        return List.copyOf(io.tributary.core.policy.PolicyParser.names(get(AGENTS, "")));
    }

    private static void copy(Properties from, Map<String, String> to) {
        if (from != null) {
            from.stringPropertyNames().forEach(k -> to.put(k, from.getProperty(k)));
        }
    }
}
