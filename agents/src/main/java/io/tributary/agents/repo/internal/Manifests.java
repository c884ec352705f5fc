package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.Repository;
import io.tributary.agents.source.SourceException;
import io.tributary.api.agent.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build manifests at the root of a repository that release readiness reads: an npm
 * {@code package.json} and a Maven {@code pom.xml}. One that cannot be read is a problem of the
 * run, not a crash, and the other is still read.
 *
 * @param npm      the npm manifest, if present and readable
 * @param maven    the Maven POM, if present and readable
 * @param problems the manifests present but unusable, and why
 */
public record Manifests(Optional<PackageJson> npm, Optional<MavenPom> maven, List<SourceProblem> problems) {

    public Manifests {
        problems = List.copyOf(problems);
    }

    /** Reads the manifests at the root of {@code repository}. */
    public static Manifests read(Repository repository) {
        List<SourceProblem> problems = new ArrayList<>();
        Optional<PackageJson> npm = Optional.empty();
        Optional<MavenPom> maven = Optional.empty();
        try {
            npm = repository.rootFile(PackageJson.FILE).map(p -> PackageJson.read(repository, p));
        } catch (SourceException e) {
            problems.add(e.toProblem());
        }
        try {
            maven = repository.rootFile(MavenPom.FILE).map(p -> MavenPom.read(repository, p));
        } catch (SourceException e) {
            problems.add(e.toProblem());
        }
        return new Manifests(npm, maven, problems);
    }

    /** True when no manifest could be read. */
    public boolean isEmpty() {
        return npm.isEmpty() && maven.isEmpty();
    }
}
