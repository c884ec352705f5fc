package io.tributary.core.policy;

import io.tributary.api.InvalidInputException;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.api.policy.FailurePolicy.Stragglers;
import io.tributary.core.config.Settings;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@link FailurePolicy} from job properties and checks it against the job's agents, so
 * that an invalid policy fails intake, before any agent runs, with a message naming the property.
 *
 * <p>Properties: {@code policy} = {@code all | quorum:K | required | best-effort};
 * {@code required} = comma list of agents (with {@code policy=required}, or to add a required set
 * to a quorum); {@code minimum} = count; {@code onQuorum} = {@code wait | cancel-after:PT10S};
 * {@code budgetTokens}; {@code maxRestarts}; {@code onUnmet} = {@code escalate | fail}.
 */
public final class PolicyParser {

    public static final String POLICY = "policy";
    public static final String REQUIRED = "required";
    public static final String MINIMUM = "minimum";
    public static final String ON_QUORUM = "onQuorum";
    public static final String BUDGET_TOKENS = "budgetTokens";
    public static final String MAX_RESTARTS = "maxRestarts";
    public static final String ON_UNMET = "onUnmet";

    private PolicyParser() {
    }

    public static FailurePolicy parse(Map<String, String> props, List<String> agents) {
        String text = value(props, POLICY).orElse("all").toLowerCase(Locale.ROOT);
        Set<String> required = names(value(props, REQUIRED).orElse(""));
        int minimum = integer(props, MINIMUM, 0);
        FailurePolicy policy = base(text, required, minimum, agents);
        policy = stragglers(policy, value(props, ON_QUORUM).orElse("wait"));
        policy = policy.withBudgetTokens(longValue(props, BUDGET_TOKENS, 0))
                .withMaxRestarts(integer(props, MAX_RESTARTS, FailurePolicy.DEFAULT_MAX_RESTARTS))
                .withOnUnmet(onUnmet(value(props, ON_UNMET).orElse("escalate")));
        validate(policy, agents);
        return policy;
    }

    private static FailurePolicy base(String text, Set<String> required, int minimum, List<String> agents) {
        try {
            if (text.equals("all")) {
                return FailurePolicy.all();
            }
            if (text.equals("best-effort")) {
                return FailurePolicy.bestEffort();
            }
            if (text.equals("required")) {
                if (required.isEmpty()) {
                    throw new InvalidInputException("policy=required needs the agents that must succeed in 'required'"
                            + " (for example required=financials,regulatory)");
                }
                return FailurePolicy.required(required, Math.max(minimum, required.size()));
            }
            if (text.startsWith("quorum:")) {
                int k = Integer.parseInt(text.substring("quorum:".length()).trim());
                return required.isEmpty() ? FailurePolicy.quorum(k)
                        : FailurePolicy.required(required, Math.max(k, required.size()));
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("policy '" + text + "': the quorum must be a whole number, as in quorum:3");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("policy '" + text + "': " + e.getMessage(), e);
        }
        throw new InvalidInputException("Unknown policy '" + text + "'; use all, quorum:K, required or best-effort"
                + " (job agents: " + String.join(", ", agents) + ")");
    }

    private static void validate(FailurePolicy policy, List<String> agents) {
        if (agents.isEmpty()) {
            throw new InvalidInputException("The job declares no agents (job property 'agents')");
        }
        if (policy.kind() == FailurePolicy.Kind.QUORUM && policy.quorum() > agents.size()) {
            throw new InvalidInputException("policy quorum:" + policy.quorum() + " needs more agents than the job has ("
                    + agents.size() + ": " + String.join(", ", agents) + ")");
        }
        Set<String> unknown = policy.required().stream().filter(a -> !agents.contains(a))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("required agent(s) " + String.join(", ", unknown)
                    + " are not in the job (job agents: " + String.join(", ", agents) + ")");
        }
        if (policy.kind() == FailurePolicy.Kind.REQUIRED && policy.minimum() > agents.size()) {
            throw new InvalidInputException("policy minimum " + policy.minimum() + " is more than the job's "
                    + agents.size() + " agents");
        }
    }

    private static FailurePolicy stragglers(FailurePolicy policy, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("wait")) {
            return policy.withStragglers(Stragglers.WAIT, Duration.ZERO);
        }
        if (t.startsWith("cancel-after:")) {
            Duration grace = Settings.parseDuration(ON_QUORUM, t.substring("cancel-after:".length()));
            if (grace.isNegative()) {
                throw new InvalidInputException("onQuorum grace period must not be negative, was " + grace);
            }
            return policy.withStragglers(Stragglers.CANCEL_AFTER, grace);
        }
        throw new InvalidInputException("onQuorum must be wait or cancel-after:<duration>, was '" + text + "'");
    }

    private static Decision onUnmet(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "escalate":
                return Decision.ESCALATE;
            case "fail":
                return Decision.FAIL;
            default:
                throw new InvalidInputException("onUnmet must be escalate or fail, was '" + text + "'");
        }
    }

    static java.util.Optional<String> value(Map<String, String> props, String key) {
        return java.util.Optional.ofNullable(props.get(key)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static int integer(Map<String, String> props, String key, int fallback) {
        long v = longValue(props, key, fallback);
        if (v > Integer.MAX_VALUE) {
            throw new InvalidInputException(key + " is too large: " + v);
        }
        return (int) v;
    }

    private static long longValue(Map<String, String> props, String key, long fallback) {
        var raw = value(props, key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long v = Long.parseLong(raw.get());
            if (v < 0) {
                throw new InvalidInputException(key + " must not be negative, was " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key + " must be a whole number, was '" + raw.get() + "'");
        }
    }

    /** A comma list of names, trimmed, in order, without blanks. */
    public static Set<String> names(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
