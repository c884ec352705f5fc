package io.tributary.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.finding.FindingGroup;
import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jberet.runtime.AbstractStepExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic intake: the job names its intake and synthesizer beans, and a wrong name stops the run at once. */
class IntakeTest {

    @TempDir
    static Path home;
    static Path input;
    static TributaryRuntime runtime;

    @BeforeAll
    static void start() throws Exception {
        input = Files.createDirectories(home.resolve("input"));
        runtime = TributaryRuntime.start(Settings.load(home, Map.of(), new Properties(), Map.of()));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void namedIntakeAndSynthesizer_registerTheSubjectAndGroups_andTheSynthesisGivesTheVerdict() throws Exception {
        long id = run("synthesizer", "test-verdict", "findingGroups", "licences=Licences, tests");

        assertThat(runtime.jobOperator().getJobExecution(id).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(id, "synthesis").getExitStatus()).isEqualTo("READY");
        var run = runtime.store().run(runtime.jobOperator().getJobInstance(id).getInstanceId()).orElseThrow();
        assertThat(run.subject().name()).isEqualTo("Acme");
        assertThat(run.input().value()).isEqualTo(input.toString());
        assertThat(run.groups()).containsExactly(new FindingGroup("licences", "Licences"), FindingGroup.of("tests"));
    }

    @Test
    void unknownIntake_isInvalidInput_namingTheProperty() throws Exception {
        long id = run("intake", "nope", "synthesizer", "test-verdict");

        assertInvalid(id, "Job property 'intake' names 'nope', but no CDI bean implementing "
                + "io.tributary.api.run.RunIntake has @Named(\"nope\")");
    }

    @Test
    void missingSynthesizer_inAJobThatSynthesises_isInvalidInputAtIntake() throws Exception {
        long id = run();

        assertInvalid(id, "Job 'core-synthesis' has a synthesis or report step but no job property 'synthesizer'");
    }

    @Test
    void unknownSynthesizer_isInvalidInputAtIntake() throws Exception {
        long id = run("synthesizer", "due");

        assertInvalid(id, "Job property 'synthesizer' names 'due', but no CDI bean implementing "
                + "io.tributary.api.synthesis.Synthesizer");
    }

    @Test
    void invalidFindingGroup_isInvalidInput_namingTheProperty() throws Exception {
        long id = run("synthesizer", "test-verdict", "findingGroups", "two words=Title");

        assertInvalid(id, "Job property 'findingGroups': Finding group 'two words' is not a simple identifier");
    }

    private static void assertInvalid(long id, String message) {
        assertThat(runtime.jobOperator().getJobExecution(id).getBatchStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(runtime.jobOperator().getJobExecution(id).getExitStatus()).isEqualTo(Intake.INVALID_INPUT);
        StepExecution intake = step(id, "intake");
        assertThat(((AbstractStepExecution) intake).getException()).hasMessageContaining(message);
        assertThat(runtime.store().run(runtime.jobOperator().getJobInstance(id).getInstanceId())).isEmpty();
        assertThat(runtime.jobOperator().getStepExecutions(id)).extracting(StepExecution::getStepName)
                .containsExactly("intake");
    }

    private static StepExecution step(long id, String name) {
        List<StepExecution> steps = runtime.jobOperator().getStepExecutions(id);
        return steps.stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
    }

    private static long run(String... nameValues) throws InterruptedException {
        Properties p = new Properties();
        p.setProperty("input", input.toString());
        for (int i = 0; i < nameValues.length; i += 2) {
            p.setProperty(nameValues[i], nameValues[i + 1]);
        }
        long id = runtime.jobOperator().start("core-synthesis", p);
        for (int i = 0; i < 300; i++) {
            BatchStatus s = runtime.jobOperator().getJobExecution(id).getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + id + " did not end in 30 s");
    }
}
