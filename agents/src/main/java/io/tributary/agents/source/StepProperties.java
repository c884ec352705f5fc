package io.tributary.agents.source;

import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.AgentTask;

/** Reads an agent's step properties, refusing bad values with an error that names the property. */
public final class StepProperties {

    private StepProperties() {
    }

    /**
     * The whole number of {@code unit}s (plural, such as {@code rows}) in step property {@code name},
     * at least 1, or {@code fallback} when the property is not set.
     */
    public static int positive(AgentTask task, String name, int fallback, String unit) {
        String value = task.property(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Step property " + name + " must be a whole number of " + unit
                    + ", at least 1, was '" + value + "'", e);
        }
        if (number < 1) {
            throw new InvalidInputException("Step property " + name + " must be at least 1 (" + unit + "), was "
                    + number);
        }
        return number;
    }
}
