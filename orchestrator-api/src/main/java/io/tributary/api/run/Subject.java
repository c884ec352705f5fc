package io.tributary.api.run;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a run is about, as the job's {@link RunIntake} named it: a company, a repository, a claim.
 *
 * @param key        a stable key for aggregates shared across runs on the same subject (for
 *                   example an identifier the domain already has); never blank
 * @param name       the display name; never blank
 * @param attributes further facts the job's intake fills and its agents read (identifiers,
 *                   versions), sorted by name
 */
public record Subject(String key, String name, Map<String, String> attributes) {

    public Subject {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Subject key must not be blank");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Subject name must not be blank");
        }
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        attributes.forEach((k, v) -> Objects.requireNonNull(v, () -> "Subject attribute '" + k + "'"));
    }

    /** A subject without attributes. */
    public static Subject of(String key, String name) {
        return new Subject(key, name, Map.of());
    }

    /** An attribute, if set and not blank. */
    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName)).filter(v -> !v.isBlank());
    }

    /** The attributes in name order, as reports list them. */
    public Map<String, String> sortedAttributes() {
        return new TreeMap<>(attributes);
    }
}
