package io.tributary.api.agent;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of work for an agent: the whole dossier, or one work item of it.
 *
 * @param runId      the job instance id: the same across restarts of one run
 * @param agent      the role the agent plays in the job ({@code financials}, {@code press}, ...)
 * @param approach   the implementation playing it (the bean name; equal to {@code agent} unless
 *                   the job chose another, such as {@code press-lexicon} or {@code llm})
 * @param target     the company
 * @param dossier    the dossier root directory
 * @param item       the work item to analyse, one of {@link Agent#items(AgentTask)}, or
 *                   {@link #WHOLE}
 * @param properties the step's properties from job XML and job parameters
 * @param deadline   when the runtime abandons the call; agents that loop or wait should stop by
 *                   then
 */
public record AgentTask(
        long runId,
        String agent,
        String approach,
        Target target,
        Path dossier,
        String item,
        Map<String, String> properties,
        Instant deadline) {

    /** The item that stands for the whole dossier. */
    public static final String WHOLE = "*";

    public AgentTask {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(approach, "approach");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(item, "item");
        properties = Map.copyOf(properties == null ? Map.of() : properties);
        Objects.requireNonNull(deadline, "deadline");
    }

    /** The same task narrowed to one work item. */
    public AgentTask forItem(String workItem) {
        return new AgentTask(runId, agent, approach, target, dossier, workItem, properties, deadline);
    }

    /** True when this task covers the whole dossier. */
    public boolean isWhole() {
        return WHOLE.equals(item);
    }

    /** A step property, if set. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name)).filter(v -> !v.isBlank());
    }

    /** A folder of the dossier, such as {@code press}. */
    public Path folder(String name) {
        return dossier.resolve(name);
    }
}
