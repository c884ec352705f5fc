package io.tributary.core.config;

import io.tributary.api.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The runtime settings, immutable once loaded. Defaults come from the bundled
 * {@code tributary.properties}; a file of the same name in the work directory, environment
 * variables ({@code TRIBUTARY_DB_URL} for {@code db.url}) and system properties
 * ({@code -Dtributary.db.url}) override them in that order.
 */
public final class Settings {

    public static final String DEFAULTS_RESOURCE = "tributary.properties";
    public static final String HOME = "home";
    public static final String ENV_PREFIX = "TRIBUTARY_";
    public static final String SYSTEM_PREFIX = "tributary.";

    private final Map<String, String> values;
    private final Path home;
    /** Keys whose value came from somewhere other than the bundled defaults. */
    private final java.util.Set<String> explicit;

    private Settings(Map<String, String> values, Path home, java.util.Set<String> explicit) {
        this.values = Map.copyOf(values);
        this.home = home;
        this.explicit = java.util.Set.copyOf(explicit);
    }

    /** Settings from the defaults, the environment and system properties; {@code home} wins if given. */
    public static Settings load(Path homeOverride) {
        return load(homeOverride, System.getenv(), System.getProperties(), Map.of());
    }

    /**
     * Settings from explicit sources, for tests and embedding.
     *
     * @param homeOverride the work directory, or null to take it from the sources
     * @param env          environment variables
     * @param system       system properties
     * @param overrides    values that win over everything else
     */
    public static Settings load(Path homeOverride, Map<String, String> env, Properties system,
            Map<String, String> overrides) {
        Map<String, String> defaults = defaults();
        Map<String, String> merged = new TreeMap<>(defaults);
        applyEnvAndSystem(merged, env, system);
        Path home = homeOverride != null ? homeOverride : Path.of(merged.get(HOME));
        Map<String, String> file = fileIn(home);
        merged.putAll(file);
        java.util.Set<String> explicit = new java.util.TreeSet<>(file.keySet());
        explicit.addAll(applyEnvAndSystem(merged, env, system));
        merged.putAll(overrides);
        explicit.addAll(overrides.keySet());
        if (homeOverride != null) {
            merged.put(HOME, homeOverride.toString());
        }
        home = Path.of(merged.get(HOME)).toAbsolutePath().normalize();
        merged.put(HOME, home.toString());
        Map<String, String> resolved = new TreeMap<>();
        for (var e : merged.entrySet()) {
            resolved.put(e.getKey(), e.getValue().replace("${home}", home.toString()));
        }
        return new Settings(resolved, home, explicit);
    }

    /** The same settings with some values replaced; the replaced keys count as set explicitly. */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        java.util.Set<String> set = new java.util.TreeSet<>(explicit);
        set.addAll(overrides.keySet());
        return new Settings(merged, home, set);
    }

    /**
     * True when {@code key} was set by the home's settings file, the environment, a system property
     * or an override, false when it holds the bundled default (or is not set at all).
     */
    public boolean isExplicit(String key) {
        return explicit.contains(key);
    }

    public Path home() {
        return home;
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A required setting; a missing one names the key and where to set it. */
    public String get(String key) {
        return find(key).orElseThrow(() -> new InvalidInputException("Setting '" + key
                + "' is not set; add it to tributary.properties or set " + envName(key)));
    }

    public String get(String key, String fallback) {
        return find(key).orElse(fallback);
    }

    public int getInt(String key) {
        String raw = get(key).trim();
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Setting '" + key + "' must be a whole number, was '" + raw + "'");
        }
    }

    public double getDouble(String key) {
        String raw = get(key).trim();
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Setting '" + key + "' must be a number, was '" + raw + "'");
        }
    }

    public Duration getDuration(String key) {
        return parseDuration(key, get(key));
    }

    /** A duration given as a number of seconds; compiled once, since every agent step parses its durations. */
    private static final java.util.regex.Pattern SECONDS = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

    /** Parses an ISO-8601 duration ({@code PT30S}) or a number of seconds, naming the key on error. */
    public static Duration parseDuration(String key, String raw) {
        String text = raw.trim();
        try {
            if (SECONDS.matcher(text).matches()) {
                return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
            }
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + key + "' must be an ISO-8601 duration such as PT30S, was '" + raw + "'");
        }
    }

    /** All settings, for diagnostics; the password, also one inside the JDBC URL, is masked. */
    public Map<String, String> describe() {
        Map<String, String> shown = new TreeMap<>(values);
        shown.computeIfPresent("db.password", (k, v) -> v.isEmpty() ? "" : "****");
        shown.computeIfPresent("db.url", (k, v) -> io.tributary.core.bootstrap.internal.JdbcUrls.redact(v));
        return shown;
    }

    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Applies the environment and system properties; returns the keys they set. */
    private static java.util.Set<String> applyEnvAndSystem(Map<String, String> merged, Map<String, String> env,
            Properties system) {
        java.util.Set<String> set = new java.util.TreeSet<>();
        for (String key : Map.copyOf(merged).keySet()) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null) {
                merged.put(key, fromEnv);
                set.add(key);
            }
        }
        for (String name : system.stringPropertyNames()) {
            if (name.startsWith(SYSTEM_PREFIX)) {
                merged.put(name.substring(SYSTEM_PREFIX.length()), system.getProperty(name));
                set.add(name.substring(SYSTEM_PREFIX.length()));
            }
        }
        return set;
    }

    private static Map<String, String> defaults() {
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the class path");
            }
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return toMap(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> fileIn(Path home) {
        Path file = home.resolve(DEFAULTS_RESOURCE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return toMap(p);
        } catch (IOException e) {
            throw new InvalidInputException("Settings file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).trim()));
        return m;
    }
}
