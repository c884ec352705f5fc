package io.tributary.agents.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.repo.internal.RepoSamples;
import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.finding.Finding;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.RunInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five release-readiness agents and the job's intake, as the runtime calls them. */
class RepositoryAgentsTest {

    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void minimistSample_everyAgentDelivers_findingsInItsOwnGroup_withoutProblems() {
        RunInput input = new RepositoryIntake().open(Map.of(RepositoryIntake.REPO, minimist().toString()));
        for (Agent agent : agents()) {
            String role = role(agent);
            AgentResult result = agent.analyse(task(role, input));
            assertThat(result.hasNoEvidence()).as(role).isFalse();
            assertThat(result.problems()).as(role).isEmpty();
            assertThat(result.findings()).as(role).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.group()).isEqualTo(role))
                    .allSatisfy(f -> assertThat(f.topic()).startsWith(role + "."))
                    .allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
        }
    }

    @Test
    void intake_namesTheSubjectAfterThePackage_andGivesTheDirectory() {
        RunInput input = new RepositoryIntake().open(Map.of(RepositoryIntake.REPO, minimist().toString()));
        assertThat(input.subject().key()).isEqualTo("npm:minimist");
        assertThat(input.subject().name()).isEqualTo("minimist 1.2.8");
        assertThat(input.subject().attribute("git")).contains("false");
        assertThat(input.input()).isEqualTo(new AgentInput.Directory(minimist()));
    }

    @Test
    void intake_badInput_failsNamingIt() {
        RepositoryIntake intake = new RepositoryIntake();
        assertThatThrownBy(() -> intake.open(Map.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Job parameter 'repo' is required");
        assertThatThrownBy(() -> intake.open(Map.of("repo", root.resolve("nope").toString())))
                .hasMessageEndingWith("nope does not exist");
        assertThatThrownBy(() -> intake.open(Map.of("repo", root.toString())))
                .hasMessage("Repository " + root.toAbsolutePath().normalize() + " is empty: it has no files outside"
                        + " version control, installed dependencies and build output");
    }

    @Test
    void repositoryWithoutManifestOrSource_hasNoEvidence_forDependenciesTestsActivityDuplication() throws Exception {
        Files.writeString(root.resolve("README"), "nothing here");
        RunInput input = new RepositoryIntake().open(Map.of(RepositoryIntake.REPO, root.toString()));
        for (Agent agent : agents()) {
            AgentResult result = agent.analyse(task(role(agent), input));
            if (agent instanceof LicencesAgent) {
                assertThat(result.findings()).extracting(Finding::topic).contains("licences.missing");
            } else {
                assertThat(result.hasNoEvidence()).as(role(agent)).isTrue();
                assertThat(result.problems()).as(role(agent)).extracting(SourceProblem::file).isNotEmpty();
            }
        }
    }

    @Test
    void malformedPackageJson_isAProblemOfTheDependenciesAgent_namingTheFile() throws Exception {
        Files.writeString(root.resolve("package.json"), "{\"name\": ");
        RunInput input = new RepositoryIntake().open(Map.of(RepositoryIntake.REPO, root.toString()));
        AgentResult result = new DependenciesAgent().analyse(task("dependencies", input));
        assertThat(result.hasNoEvidence()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("package.json");
            assertThat(p.problem()).startsWith("is not valid JSON");
        });
    }

    @Test
    void workItem_isRefused() throws Exception {
        Files.writeString(root.resolve("a.js"), "x");
        RunInput input = new RepositoryIntake().open(Map.of(RepositoryIntake.REPO, root.toString()));
        assertThatThrownBy(() -> new TestsAgent().analyse(task("tests", input).forItem("one")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("work item 'one'");
    }

    private static List<Agent> agents() {
        return List.of(new LicencesAgent(), new DependenciesAgent(), new TestsAgent(), new ActivityAgent(DECEMBER_2026),
                new DuplicationAgent());
    }

    private static String role(Agent agent) {
        return agent.getClass().getAnnotation(jakarta.inject.Named.class).value();
    }

    private static AgentTask task(String role, RunInput input) {
        return new AgentTask(1L, role, role, input.subject(), input.input(), AgentTask.WHOLE, Map.of(),
                Instant.now().plusSeconds(60));
    }

    private static Path minimist() {
        return RepoSamples.minimist().root();
    }
}
