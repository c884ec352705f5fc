package io.tributary.core.audit;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A partial-failure policy as the job declares it, read from its property texts on their own
 * (not through the runtime's parser), so that an audit compares the runtime with what the job says.
 *
 * @param rule        {@code all}, {@code quorum}, {@code required} or {@code best-effort}
 * @param quorum      with {@code quorum}: how many agents must deliver
 * @param required    with {@code required}: the agents that must deliver
 * @param minimum     with {@code required}: how many must deliver in all (at least the required ones)
 * @param maxRestarts how many RETRY decisions a run may take
 * @param escalate    true when an unmet policy escalates, false when it fails
 * @param budgetTokens run-wide token budget, 0 for none
 */
public record DeclaredPolicy(String rule, int quorum, Set<String> required, int minimum, int maxRestarts,
        boolean escalate, long budgetTokens) {

    public DeclaredPolicy {
        Objects.requireNonNull(rule, "rule");
        required = Collections.unmodifiableSortedSet(new TreeSet<>(required));
    }

    /**
     * The policy the properties declare, with the runtime's documented defaults for what they leave
     * out (3 restarts, escalate, no budget).
     *
     * @throws IllegalArgumentException naming the property whose value is not a policy
     */
    public static DeclaredPolicy of(Map<String, String> props) {
        String text = value(props, "policy", "all").toLowerCase(Locale.ROOT);
        int maxRestarts = number(props, "maxRestarts", 3);
        String onUnmet = value(props, "onUnmet", "escalate").toLowerCase(Locale.ROOT);
        if (!onUnmet.equals("escalate") && !onUnmet.equals("fail")) {
            throw new IllegalArgumentException("onUnmet must be escalate or fail, was '" + onUnmet + "'");
        }
        boolean escalate = onUnmet.equals("escalate");
        long budget = number(props, "budgetTokens", 0);
        if (text.startsWith("quorum:")) {
            int k = number(Map.of("policy", text.substring("quorum:".length())), "policy", 0);
            return new DeclaredPolicy("quorum", k, Set.of(), 0, maxRestarts, escalate, budget);
        }
        return switch (text) {
            case "all", "best-effort" -> new DeclaredPolicy(text, 0, Set.of(), 0, maxRestarts, escalate, budget);
            case "required" -> {
                Set<String> names = Arrays.stream(value(props, "required", "").split(",")).map(String::trim)
                        .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
                int minimum = Math.max(number(props, "minimum", 0), names.size());
                yield new DeclaredPolicy(text, 0, names, minimum, maxRestarts, escalate, budget);
            }
            default -> throw new IllegalArgumentException("policy must be all, quorum:K, required or best-effort,"
                    + " was '" + text + "'");
        };
    }

    /** Whether {@code delivered} agents satisfy the rule, in a job of {@code agents} agents. */
    boolean satisfiedBy(Set<String> delivered, int agents) {
        return switch (rule) {
            case "all" -> delivered.size() == agents;
            case "quorum" -> delivered.size() >= quorum;
            case "required" -> delivered.containsAll(required) && delivered.size() >= minimum;
            default -> !delivered.isEmpty();
        };
    }

    /** The rule as a person reads it. */
    public String describe() {
        String what = switch (rule) {
            case "quorum" -> "quorum of " + quorum;
            case "required" -> "required " + String.join("+", required) + " and at least " + minimum;
            default -> rule;
        };
        return what + "; at most " + maxRestarts + " restarts; when unmet " + (escalate ? "escalate" : "fail")
                + (budgetTokens > 0 ? "; budget " + budgetTokens + " tokens" : "; no token budget");
    }

    private static String value(Map<String, String> props, String key, String fallback) {
        String v = props.get(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int number(Map<String, String> props, String key, int fallback) {
        String v = value(props, key, Integer.toString(fallback));
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v + "'", e);
        }
    }
}
