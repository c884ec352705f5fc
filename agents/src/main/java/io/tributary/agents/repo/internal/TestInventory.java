package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.Repository;
import io.tributary.agents.source.SourceException;
import io.tributary.api.agent.SourceProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A repository's source and test files with their sizes in non-blank lines, and the command its
 * manifests declare for running the tests.
 *
 * @param sources  program source files that are not tests
 * @param tests    test source files
 * @param command  how the tests are run, if a manifest says
 * @param problems files that could not be read
 */
public record TestInventory(List<CodeFile> sources, List<CodeFile> tests, Optional<TestCommand> command,
        List<SourceProblem> problems) {

    /** The placeholder {@code npm init} writes, which fails instead of testing. */
    static final String NPM_PLACEHOLDER = "no test specified";

    public TestInventory {
        sources = List.copyOf(sources);
        tests = List.copyOf(tests);
        problems = List.copyOf(problems);
    }

    /**
     * One source file.
     *
     * @param file  relative to the repository root
     * @param lines its non-blank lines
     */
    public record CodeFile(String file, int lines) {
    }

    /**
     * The declared way to run the tests.
     *
     * @param file    the manifest
     * @param locator where in it
     * @param command the command as written, or a description of the build tool's default
     * @param runs    false when the declaration does not run tests (npm's placeholder, skipped tests)
     */
    public record TestCommand(String file, String locator, String command, boolean runs) {
    }

    /** Reads the source files among {@code files} and the test command of {@code manifests}. */
    public static TestInventory read(Repository repository, List<Path> files, Manifests manifests) {
        List<CodeFile> sources = new ArrayList<>();
        List<CodeFile> tests = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>(manifests.problems());
        for (Path file : SourceFiles.sources(files)) {
            String relative = repository.relative(file);
            try {
                int lines = (int) repository.text(file).lines().filter(l -> !l.isBlank()).count();
                (SourceFiles.isTest(relative) ? tests : sources).add(new CodeFile(relative, lines));
            } catch (SourceException e) {
                problems.add(e.toProblem());
            }
        }
        return new TestInventory(sources, tests, command(manifests), problems);
    }

    /** Non-blank lines of the test files. */
    public int testLines() {
        return tests.stream().mapToInt(CodeFile::lines).sum();
    }

    /** Non-blank lines of the other source files. */
    public int sourceLines() {
        return sources.stream().mapToInt(CodeFile::lines).sum();
    }

    private static Optional<TestCommand> command(Manifests manifests) {
        if (manifests.npm().isPresent()) {
            PackageJson npm = manifests.npm().get();
            String test = npm.script("test");
            if (!test.isBlank()) {
                return Optional.of(new TestCommand(npm.file(), "scripts.test", test, !test.contains(NPM_PLACEHOLDER)));
            }
        }
        return manifests.maven().filter(pom -> !pom.packaging().equals("pom")).map(pom -> pom.skipsTests()
                ? new TestCommand(pom.file(), "properties", "tests skipped (skipTests or maven.test.skip is true)", false)
                : new TestCommand(pom.file(), "packaging " + pom.packaging(), "Maven's test phase (mvn test)", true));
    }
}
