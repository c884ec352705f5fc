package io.tributary.agents.repo;

import io.tributary.agents.repo.internal.Manifests;
import io.tributary.agents.repo.internal.MavenPom;
import io.tributary.agents.repo.internal.PackageJson;
import io.tributary.api.InvalidInputException;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.RunInput;
import io.tributary.api.run.RunIntake;
import io.tributary.api.run.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The intake of the release-readiness job: the job parameter {@value #REPO} names a repository
 * directory, which becomes the agents' input; the run's subject is the package its manifest names
 * ({@code npm:minimist}, {@code maven:group:artifact}), or the directory when it has none, so
 * runs on the same project share their aggregates. A missing, unreadable or empty directory fails
 * the run before any agent starts. A manifest that cannot be read is left to the agents, which
 * report it.
 */
@ApplicationScoped
@Named(RepositoryIntake.NAME)
public class RepositoryIntake implements RunIntake {

    /** The bean name the job's {@code intake} property refers to. */
    public static final String NAME = "repository";
    /** The job parameter naming the repository directory. */
    public static final String REPO = "repo";

    @Override
    public RunInput open(Map<String, String> properties) {
        String raw = properties.getOrDefault(REPO, "");
        if (raw.isBlank()) {
            throw new InvalidInputException("Job parameter '" + REPO + "' is required: the path of the repository"
                    + " directory (" + REPO + "=/path/to/checkout)");
        }
        Repository repository;
        try {
            repository = Repository.open(Path.of(raw.strip()));
        } catch (InvalidPathException e) {
            throw new InvalidInputException("Job parameter '" + REPO + "' is not a valid path: '" + raw + "'", e);
        }
        if (repository.listing().files().isEmpty()) {
            throw new InvalidInputException("Repository " + repository.root() + " is empty: it has no files outside "
                    + "version control, installed dependencies and build output");
        }
        return new RunInput(subject(repository), new AgentInput.Directory(repository.root()));
    }

    private static Subject subject(Repository repository) {
        Manifests manifests = Manifests.read(repository);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("path", repository.root().toString());
        attributes.put("git", Boolean.toString(repository.isGitCheckout()));
        String folder = repository.root().getFileName() == null ? repository.root().toString()
                : repository.root().getFileName().toString();
        if (manifests.npm().filter(npm -> !npm.name().isBlank()).isPresent()) {
            PackageJson npm = manifests.npm().get();
            attributes.put("version", npm.version());
            return new Subject("npm:" + npm.name(), npm.name() + (npm.version().isBlank() ? "" : " " + npm.version()),
                    attributes);
        }
        if (manifests.maven().filter(pom -> !pom.coordinates().isBlank()).isPresent()) {
            MavenPom pom = manifests.maven().get();
            return new Subject("maven:" + pom.coordinates(), pom.coordinates(), attributes);
        }
        return new Subject("directory:" + repository.root(), folder, attributes);
    }
}
