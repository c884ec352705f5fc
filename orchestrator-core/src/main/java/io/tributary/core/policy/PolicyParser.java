package io.tributary.core.policy;

import io.tributary.api.InvalidInputException;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.api.policy.OnQuorum;
import io.tributary.api.policy.PolicySettings;
import io.tributary.core.config.Settings;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a {@link FailurePolicy} from job properties and checks it against the job's agents, so
 * that an invalid policy fails intake, before any agent runs, with a message naming the property.
 *
 * <p>Properties: {@code policy} = {@code all | quorum:K | required | best-effort};
 * {@code required} = comma list of agents (with {@code policy=required}, or to add a required set
 * to a quorum); {@code minimum} = count; the shared settings {@code agentTimeout}, {@code retries},
 * {@code backoff}, {@code onQuorum} = {@code wait | cancel-after:PT10S}, {@code budgetTokens},
 * {@code maxRestarts}, {@code onUnmet} = {@code escalate | fail}.
 */
public final class PolicyParser {

    /** Policies read lately: every job reads its own several times, and most jobs share a few. */
    private static final Memo<Parse, FailurePolicy> PARSED = new Memo<>(256);
    private static final Memo<Map<String, String>, PolicySettings> SETTINGS = new Memo<>(256);

    private record Parse(Map<String, String> props, List<String> agents) {
    }

    public static final String POLICY = "policy";
    public static final String REQUIRED = "required";
    public static final String MINIMUM = "minimum";
    public static final String AGENT_TIMEOUT = "agentTimeout";
    public static final String RETRIES = "retries";
    public static final String BACKOFF = "backoff";
    public static final String ON_QUORUM = "onQuorum";
    public static final String BUDGET_TOKENS = "budgetTokens";
    public static final String MAX_RESTARTS = "maxRestarts";
    public static final String ON_UNMET = "onUnmet";

    private PolicyParser() {
    }

    public static FailurePolicy parse(Map<String, String> props, List<String> agents) {
        if (!Memo.keyable(props.entrySet()) || !Memo.keyable(agents)) {
            return parseNew(props, agents);
        }
        return PARSED.get(new Parse(Map.copyOf(props), List.copyOf(agents)), p -> parseNew(p.props(), p.agents()));
    }

    private static FailurePolicy parseNew(Map<String, String> props, List<String> agents) {
        String text = value(props, POLICY).orElse("all").toLowerCase(Locale.ROOT);
        Set<String> required = names(value(props, REQUIRED).orElse(""));
        int minimum = integer(props, MINIMUM, 0);
        FailurePolicy policy = rule(text, required, minimum, settings(props), agents);
        validate(policy, agents);
        return policy;
    }

    /** The settings every rule shares; a missing one takes its {@link PolicySettings} default. */
    public static PolicySettings settings(Map<String, String> props) {
        if (!Memo.keyable(props.entrySet())) {
            return settingsNew(props);
        }
        return SETTINGS.get(Map.copyOf(props), PolicyParser::settingsNew);
    }

    private static PolicySettings settingsNew(Map<String, String> props) {
        try {
            return PolicySettings.custom()
                    .deadline(duration(props, AGENT_TIMEOUT, PolicySettings.DEFAULT_DEADLINE))
                    .retries(integer(props, RETRIES, PolicySettings.DEFAULT_RETRIES))
                    .backoff(duration(props, BACKOFF, PolicySettings.DEFAULT_BACKOFF))
                    .onQuorum(onQuorum(value(props, ON_QUORUM).orElse("wait")))
                    .budgetTokens(longValue(props, BUDGET_TOKENS, 0))
                    .maxRestarts(integer(props, MAX_RESTARTS, PolicySettings.DEFAULT_MAX_RESTARTS))
                    .onUnmet(onUnmet(value(props, ON_UNMET).orElse("escalate")))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
    }

    private static FailurePolicy rule(String text, Set<String> required, int minimum, PolicySettings settings,
            List<String> agents) {
        try {
            if (text.equals("all")) {
                return new FailurePolicy.All(settings);
            }
            if (text.equals("best-effort")) {
                return new FailurePolicy.BestEffort(settings);
            }
            if (text.equals("required")) {
                if (required.isEmpty()) {
                    throw new InvalidInputException("policy=required needs the agents that must succeed in 'required'"
                            + " (for example required=financials,regulatory)");
                }
                return new FailurePolicy.Required(required, minimum, settings);
            }
            if (text.startsWith("quorum:")) {
                int k = Integer.parseInt(text.substring("quorum:".length()).trim());
                if (k < 1) {
                    throw new InvalidInputException("policy '" + text + "': the quorum must be at least 1, was " + k);
                }
                return required.isEmpty() ? new FailurePolicy.Quorum(k, settings)
                        : new FailurePolicy.Required(required, k, settings);
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
        if (policy instanceof FailurePolicy.Quorum q && q.quorum() > agents.size()) {
            throw new InvalidInputException("policy quorum:" + q.quorum() + " needs more agents than the job has ("
                    + agents.size() + ": " + String.join(", ", agents) + ")");
        }
        if (policy instanceof FailurePolicy.Required r) {
            Set<String> unknown = r.agents().stream().filter(a -> !agents.contains(a))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("required agent(s) " + String.join(", ", unknown)
                        + " are not in the job (job agents: " + String.join(", ", agents) + ")");
            }
            if (r.minimum() > agents.size()) {
                throw new InvalidInputException("policy minimum " + r.minimum() + " is more than the job's "
                        + agents.size() + " agents");
            }
        }
    }

    private static OnQuorum onQuorum(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("wait")) {
            return OnQuorum.waitForAll();
        }
        if (t.startsWith("cancel-after:")) {
            return OnQuorum.cancelAfter(Settings.parseDuration(ON_QUORUM, t.substring("cancel-after:".length())));
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

    static Optional<String> value(Map<String, String> props, String key) {
        return Optional.ofNullable(props.get(key)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static Duration duration(Map<String, String> props, String key, Duration fallback) {
        return value(props, key).map(raw -> Settings.parseDuration(key, raw)).orElse(fallback);
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
