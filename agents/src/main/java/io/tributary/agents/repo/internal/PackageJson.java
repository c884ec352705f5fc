package io.tributary.agents.repo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.agents.repo.Repository;
import io.tributary.agents.sec.internal.JsonFiles;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What release readiness needs of an npm manifest ({@code package.json}): its licence values, its
 * declared dependencies by section and its scripts.
 *
 * @param file         the manifest, relative to the repository root
 * @param name         the package name, or empty
 * @param version      the package version, or empty
 * @param licences     the {@code license} value, or the types of a legacy {@code licenses} array
 * @param dependencies per section ({@code dependencies}, {@code devDependencies}, ...), name to
 *                     version specification, in file order
 * @param scripts      script name to command
 */
public record PackageJson(String file, String name, String version, List<String> licences,
        Map<String, Map<String, String>> dependencies, Map<String, String> scripts) {

    /** The sections of a manifest that declare dependencies. */
    public static final List<String> SECTIONS = List.of("dependencies", "devDependencies", "peerDependencies",
            "optionalDependencies");
    /** The manifest's name. */
    public static final String FILE = "package.json";

    public PackageJson {
        licences = List.copyOf(licences);
        dependencies = ordered(dependencies);
        scripts = ordered(scripts);
    }

    /**
     * Reads the manifest at {@code path}.
     *
     * @throws SourceException if it is not UTF-8 JSON holding an object, or a section, a
     *                         dependency or a script has the wrong type
     */
    public static PackageJson read(Repository repository, Path path) {
        String file = repository.relative(path);
        JsonNode root = JsonFiles.read(repository.reader(), path);
        if (!root.isObject()) {
            throw new SourceException(file, "must hold a JSON object, found " + root.getNodeType());
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            if (root.has(section)) {
                sections.put(section, strings(file, root, section));
            }
        }
        Map<String, String> scripts = root.has("scripts") ? strings(file, root, "scripts") : Map.of();
        return new PackageJson(file, JsonFiles.text(root, "name"), JsonFiles.text(root, "version"),
                licences(file, root), sections, scripts);
    }

    /** The command of a script, or empty. */
    public String script(String name) {
        return scripts.getOrDefault(name, "");
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static Map<String, String> strings(String file, JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (!node.isObject()) {
            throw new SourceException(file, "'" + field + "' must be an object of names to strings, found "
                    + node.getNodeType());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            if (!entry.getValue().isTextual()) {
                throw new SourceException(file, "'" + field + "." + entry.getKey() + "' must be a string, found "
                        + entry.getValue().getNodeType());
            }
            values.put(entry.getKey(), entry.getValue().textValue());
        }
        return values;
    }

    private static List<String> licences(String file, JsonNode root) {
        List<String> values = new ArrayList<>();
        JsonNode licence = root.path("license");
        if (licence.isTextual()) {
            values.add(licence.textValue());
        } else if (licence.isObject() && licence.path("type").isTextual()) {
            values.add(licence.path("type").textValue());
        } else if (!licence.isMissingNode() && !licence.isNull()) {
            throw new SourceException(file, "'license' must be a string such as \"MIT\", found " + licence.getNodeType());
        }
        for (JsonNode legacy : root.path("licenses")) {
            String type = legacy.isTextual() ? legacy.textValue() : legacy.path("type").asText("");
            if (!type.isBlank()) {
                values.add(type);
            }
        }
        return values;
    }
}
