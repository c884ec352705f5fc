package io.tributary.agents.repo.internal;

import io.tributary.api.agent.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dependencies a repository's manifests declare, each with how tightly its version is held.
 *
 * @param manifests    the manifests read
 * @param dependencies every declaration, in manifest order
 * @param problems     manifests that could not be read
 */
public record DependencyInventory(List<String> manifests, List<Declared> dependencies, List<SourceProblem> problems) {

    private static final Set<String> NPM_RUNTIME = Set.of("dependencies", "peerDependencies", "optionalDependencies");
    private static final Set<String> MAVEN_BUILD_ONLY = Set.of("test", "provided");

    public DependencyInventory {
        manifests = List.copyOf(manifests);
        dependencies = List.copyOf(dependencies);
        problems = List.copyOf(problems);
    }

    /**
     * One declared dependency.
     *
     * @param manifest   the manifest that declares it
     * @param section    where in it ({@code devDependencies}, {@code dependencies}, ...)
     * @param name       the package or {@code groupId:artifactId}
     * @param spec       the version specification as written (resolved for Maven properties)
     * @param constraint how tightly it is held
     * @param runtime    true when users of the release get it (not a development or test dependency)
     */
    public record Declared(String manifest, String section, String name, String spec, Constraint constraint,
            boolean runtime) {
    }

    /** The declarations of the manifests in {@code manifests}. */
    public static DependencyInventory of(Manifests manifests) {
        List<String> files = new ArrayList<>();
        List<Declared> declared = new ArrayList<>();
        manifests.npm().ifPresent(npm -> {
            files.add(npm.file());
            npm.dependencies().forEach((section, entries) -> entries.forEach((name, spec) -> declared.add(
                    new Declared(npm.file(), section, name, spec, Constraint.ofNpm(spec), NPM_RUNTIME.contains(section)))));
        });
        manifests.maven().ifPresent(pom -> {
            files.add(pom.file());
            pom.dependencies().forEach(d -> declared.add(new Declared(pom.file(), d.section(), d.name(), d.version(),
                    Constraint.ofMaven(d.version()), !MAVEN_BUILD_ONLY.contains(d.scope()))));
        });
        return new DependencyInventory(files, declared, manifests.problems());
    }

    /** The declarations with constraint {@code constraint}. */
    public List<Declared> with(Constraint constraint) {
        return dependencies.stream().filter(d -> d.constraint() == constraint).toList();
    }
}
