package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.Repository;
import io.tributary.agents.source.SafeXml;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What release readiness needs of a Maven project object model ({@code pom.xml}): its licences,
 * its declared dependencies with property references resolved from the POM's own properties,
 * its packaging and whether it skips tests.
 *
 * @param file         the POM, relative to the repository root
 * @param coordinates  {@code groupId:artifactId} (the group inherited from the parent when absent)
 * @param packaging    {@code jar} unless the POM says otherwise
 * @param licences     the names of its {@code licenses/license} entries
 * @param dependencies its dependencies, then those of its {@code dependencyManagement}
 * @param skipsTests   true when a {@code skipTests} or {@code maven.test.skip} property is true
 */
public record MavenPom(String file, String coordinates, String packaging, List<String> licences, List<Dependency> dependencies,
        boolean skipsTests) {

    /** The POM's name. */
    public static final String FILE = "pom.xml";

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    public MavenPom {
        licences = List.copyOf(licences);
        dependencies = List.copyOf(dependencies);
    }

    /**
     * One declared dependency.
     *
     * @param section  {@code dependencies} or {@code dependencyManagement}
     * @param name     {@code groupId:artifactId}
     * @param version  the version as written, resolved where it refers to the POM's properties;
     *                 empty when the version is managed elsewhere (a parent or a BOM)
     * @param scope    the scope, {@code compile} when absent
     * @param line     an XML locator for evidence
     */
    public record Dependency(String section, String name, String version, String scope, String line) {
    }

    /** Reads the POM at {@code path}; a {@link SourceException} names it when it is not a usable POM. */
    public static MavenPom read(Repository repository, Path path) {
        String file = repository.relative(path);
        Element project = SafeXml.parse(file, repository.reader().bytes(path)).getDocumentElement();
        if (!"project".equals(project.getTagName())) {
            throw new SourceException(file, "has root element <" + project.getTagName() + ">, expected <project>");
        }
        Map<String, String> properties = properties(project);
        List<Dependency> dependencies = new ArrayList<>(dependencies(project, "dependencies", properties));
        child(project, "dependencyManagement").ifPresent(managed ->
                dependencies.addAll(dependencies(managed, "dependencyManagement", properties)));
        List<String> licences = new ArrayList<>();
        child(project, "licenses").ifPresent(list -> children(list, "license")
                .forEach(l -> licences.add(text(l, "name"))));
        licences.removeIf(String::isBlank);
        boolean skips = "true".equals(properties.get("skipTests")) || "true".equals(properties.get("maven.test.skip"));
        String packaging = text(project, "packaging");
        String group = text(project, "groupId");
        if (group.isEmpty()) {
            group = child(project, "parent").map(p -> text(p, "groupId")).orElse("");
        }
        String artifact = text(project, "artifactId");
        String coordinates = artifact.isEmpty() ? "" : group + ":" + artifact;
        return new MavenPom(file, coordinates, packaging.isEmpty() ? "jar" : packaging, licences, dependencies, skips);
    }

    private static List<Dependency> dependencies(Element parent, String section, Map<String, String> properties) {
        List<Dependency> found = new ArrayList<>();
        child(parent, "dependencies").ifPresent(list -> children(list, "dependency").forEach(d -> {
            String name = text(d, "groupId") + ":" + text(d, "artifactId");
            String scope = text(d, "scope");
            found.add(new Dependency(section, resolve(name, properties), resolve(text(d, "version"), properties),
                    scope.isEmpty() ? "compile" : scope, section + "/dependency[" + (found.size() + 1) + "]"));
        }));
        return found;
    }

    private static Map<String, String> properties(Element project) {
        Map<String, String> properties = new HashMap<>();
        child(project, "properties").ifPresent(list -> elements(list).forEach(p ->
                properties.put(p.getTagName(), p.getTextContent().strip())));
        String version = text(project, "version");
        if (version.isEmpty()) {
            version = child(project, "parent").map(p -> text(p, "version")).orElse("");
        }
        properties.put("project.version", version);
        return properties;
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher m = PROPERTY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    private static List<Element> elements(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).orElse("");
    }
}
