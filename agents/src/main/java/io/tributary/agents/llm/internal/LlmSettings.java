package io.tributary.agents.llm.internal;

import io.tributary.api.InvalidInputException;
import io.tributary.api.NonRetriableException;
import io.tributary.api.agent.AgentTask;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * How to reach the chat model, from step properties (job XML, job parameters) over environment
 * variables over defaults. The API key comes from the environment only, so it never sits in job
 * XML, job parameters or the job repository; {@link #toString()} leaves it out.
 *
 * @param baseUrl       OpenAI-compatible API root, such as {@code https://api.openai.com/v1}
 * @param model         model name
 * @param apiKey        bearer token
 * @param timeout       how long one call may take
 * @param maxInputChars upper bound on the dossier text sent in one call
 * @param temperature   sampling temperature, or empty to leave the server's default
 * @param jsonMode      whether to ask the server for a JSON object response
 */
public record LlmSettings(String baseUrl, String model, String apiKey, Duration timeout, int maxInputChars,
        OptionalDouble temperature, boolean jsonMode) {

    public static final String BASE_URL = "llm.baseUrl";
    public static final String MODEL = "llm.model";
    public static final String TIMEOUT_SECONDS = "llm.timeoutSeconds";
    public static final String MAX_INPUT_CHARS = "llm.maxInputChars";
    public static final String TEMPERATURE = "llm.temperature";
    public static final String JSON_MODE = "llm.jsonMode";
    public static final String ENV_BASE_URL = "TRIBUTARY_LLM_BASE_URL";
    public static final String ENV_MODEL = "TRIBUTARY_LLM_MODEL";
    public static final String ENV_API_KEY = "TRIBUTARY_LLM_API_KEY";
    public static final String ENV_TIMEOUT_SECONDS = "TRIBUTARY_LLM_TIMEOUT_SECONDS";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_INPUT_CHARS = 60_000;
    static final int MIN_INPUT_CHARS = 1_000;

    /** The settings for {@code task}, reading environment variables through {@code environment}. */
    public static LlmSettings resolve(AgentTask task, Function<String, String> environment) {
        if (task.property("llm.apiKey").isPresent()) {
            throw new NonRetriableException("The llm agent takes its API key from the environment variable "
                    + ENV_API_KEY + " only; remove the llm.apiKey property from the job");
        }
        Function<String, Optional<String>> env = name -> Optional.ofNullable(environment.apply(name))
                .filter(v -> !v.isBlank()).map(String::trim);
        String baseUrl = task.property(BASE_URL).or(() -> env.apply(ENV_BASE_URL))
                .orElseThrow(() -> notConfigured("base URL", BASE_URL, ENV_BASE_URL));
        String model = task.property(MODEL).or(() -> env.apply(ENV_MODEL))
                .orElseThrow(() -> notConfigured("model", MODEL, ENV_MODEL));
        String apiKey = env.apply(ENV_API_KEY).orElseThrow(() -> new NonRetriableException("The llm agent is not"
                + " configured: no API key; set the environment variable " + ENV_API_KEY
                + " (any value for a server that needs none)"));
        Duration timeout = task.property(TIMEOUT_SECONDS).or(() -> env.apply(ENV_TIMEOUT_SECONDS))
                .map(LlmSettings::timeout).orElse(DEFAULT_TIMEOUT);
        int maxInputChars = task.property(MAX_INPUT_CHARS).map(LlmSettings::maxInputChars)
                .orElse(DEFAULT_MAX_INPUT_CHARS);
        OptionalDouble temperature = task.property(TEMPERATURE)
                .map(v -> OptionalDouble.of(number(TEMPERATURE, v, 0.0, 2.0))).orElse(OptionalDouble.empty());
        boolean jsonMode = task.property(JSON_MODE).map(v -> !v.trim().equalsIgnoreCase("false")).orElse(true);
        return new LlmSettings(checkedUrl(baseUrl), model.trim(), apiKey, timeout, maxInputChars, temperature, jsonMode);
    }

    /** The base URL without user information, query or fragment, safe for messages and logs. */
    public String displayUrl() {
        try {
            URI uri = new URI(baseUrl);
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return "(unparseable URL)";
        }
    }

    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + displayUrl() + ", model=" + model + ", timeout=" + timeout
                + ", maxInputChars=" + maxInputChars + ", temperature=" + temperature + ", jsonMode=" + jsonMode + "]";
    }

    private static NonRetriableException notConfigured(String what, String property, String variable) {
        return new NonRetriableException("The llm agent is not configured: no " + what + "; set the step property "
                + property + " or the environment variable " + variable);
    }

    private static Duration timeout(String seconds) {
        return Duration.ofMillis(Math.round(number(TIMEOUT_SECONDS, seconds, 0.001, 3600.0) * 1000));
    }

    private static int maxInputChars(String value) {
        return (int) number(MAX_INPUT_CHARS, value, MIN_INPUT_CHARS, 10_000_000);
    }

    private static double number(String name, String value, double min, double max) {
        try {
            double number = Double.parseDouble(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Setting " + name + " must be a number from " + min + " to " + max
                    + ", was '" + value + "'", e);
        }
        throw new InvalidInputException("Setting " + name + " must be from " + min + " to " + max + ", was " + value);
    }

    private static String checkedUrl(String baseUrl) {
        try {
            URI uri = new URI(baseUrl.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return baseUrl.trim();
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("Setting " + BASE_URL + " is not a URL", e);
        }
        throw new InvalidInputException("Setting " + BASE_URL + " must be an http or https URL with a host");
    }
}
