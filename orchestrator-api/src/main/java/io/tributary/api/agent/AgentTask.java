package io.tributary.api.agent;

import io.tributary.api.InvalidInputException;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of work for an agent: the whole input, or one work item of it.
 *
 * @param runId      the job instance id: the same across restarts of one run
 * @param agent      the role the agent plays in the job ({@code financials}, {@code press}, ...)
 * @param approach   the implementation playing it (the bean name; equal to {@code agent} unless
 *                   the job chose another, such as {@code press-lexicon} or {@code llm})
 * @param subject    what the run is about, as the job's intake named it
 * @param input      what the agent reads, as the job's intake made it
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
        Subject subject,
        AgentInput input,
        String item,
        Map<String, String> properties,
        Instant deadline) {

    /** The item that stands for the whole input. */
    public static final String WHOLE = "*";

    public AgentTask {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(approach, "approach");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(item, "item");
        properties = Map.copyOf(properties == null ? Map.of() : properties);
        Objects.requireNonNull(deadline, "deadline");
    }

    /** The same task narrowed to one work item. */
    public AgentTask forItem(String workItem) {
        return new AgentTask(runId, agent, approach, subject, input, workItem, properties, deadline);
    }

    /** True when this task covers the whole input. */
    public boolean isWhole() {
        return WHOLE.equals(item);
    }

    /** A step property, if set. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name)).filter(v -> !v.isBlank());
    }

    /**
     * The input directory.
     *
     * @throws InvalidInputException if the job gave this agent another kind of input
     */
    public AgentInput.Directory directory() {
        if (input instanceof AgentInput.Directory directory) {
            return directory;
        }
        throw new InvalidInputException("Agent '" + agent + "' reads a directory, but the job's input is a "
                + input.kind() + " ('" + input.value() + "')");
    }

    /** The input directory's root. */
    public Path root() {
        return directory().root();
    }

    /**
     * A file or folder inside the input directory, such as {@code press}; never outside it (see
     * {@link AgentInput.Directory#resolve}).
     */
    public Path folder(String name) {
        return directory().resolve(name);
    }
}
