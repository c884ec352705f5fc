package io.tributary.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.audit.AuditReport;
import io.tributary.core.audit.AuditReports;
import io.tributary.core.audit.AuditedJob;
import io.tributary.core.audit.CaseResult;
import io.tributary.core.audit.DeclaredPolicy;
import io.tributary.core.audit.Drill;
import io.tributary.core.audit.DrillCases;
import io.tributary.core.audit.DrillJobXmlResolver;
import io.tributary.core.audit.DrillSettings;
import io.tributary.core.audit.FaultAgent;
import io.tributary.core.audit.FaultKind;
import io.tributary.jobs.launcher.ExitCode;
import io.tributary.it.support.ItRuntime;
import io.tributary.synthesis.report.AuditReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit drill against the shipped due-diligence job (every case as the declared policy says, in
 * a report listing every case), and against deliberately broken jobs: one whose agent step hides its
 * failure from the policy, one whose evaluator decides otherwise than its declared policy.
 */
class DrillIT {

    @TempDir
    Path tmp;

    static AuditedJob job(String name) throws IOException {
        try (InputStream in = DrillIT.class.getClassLoader().getResourceAsStream("META-INF/batch-jobs/" + name + ".xml")) {
            return AuditedJob.parse(in.readAllBytes(), name);
        }
    }

    private AuditReport drill(AuditedJob job, DrillCases cases) throws IOException {
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Drill, Inc.");
        Instant started = Instant.now();
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"), Map.of("agents.concurrency", "100000"))) {
            Drill drill = new Drill(it.runtime().jobOperator(), it.runtime().store(),
                    it.runtime().bean(FaultAgent.class), (s, e, d) -> ExitCode.of(s, e, d).code());
            long start = System.nanoTime();
            List<CaseResult> results = drill.run(DrillJobXmlResolver.drillName(job.jobId()),
                    DeclaredPolicy.of(job.declaredProperties()), cases,
                    new DrillSettings(ItRuntime.params("dossier", dossier.toString()),
                            DrillSettings.DEFAULT_DEADLINE, DrillSettings.DEFAULT_PARALLELISM,
                            DrillSettings.DEFAULT_CASE_TIMEOUT));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf("drill of %s: %d cases (%s) in %s%n", job.jobId(), results.size(), cases.method(), took);
            return AuditReports.of(job, "META-INF/batch-jobs/" + job.jobId() + ".xml", cases, results, took, started);
        }
    }

    @Test
    void shippedJob_passesTheStaticAudit_andEveryDrillCaseEndsAsTheDeclaredPolicySays() throws Exception {
        AuditedJob job = job("due-diligence");
        int max = Integer.getInteger("drill.maxCases", 40);
        DrillCases cases = DrillCases.of(job.roles(), FaultKind.WITHOUT_BUDGET, max, DrillCases.DEFAULT_SEED);

        AuditReport report = drill(job, cases);

        report.drill().cases().stream().filter(c -> !c.passed()).limit(10).forEach(c -> System.out.printf(
                "MISMATCH %d %s: expected %s, observed %s (%s)%n", c.number(), c.injected(), c.expected(),
                c.observed(), c.reason()));
        assertThat(report.findings()).isEmpty();
        assertThat(report.owners()).extracting(AuditReport.Owner::owner).doesNotContain("");
        assertThat(report.drill().cases()).hasSize(cases.cases().size()).allMatch(AuditReport.Case::passed);
        assertThat(report.passed()).isTrue();
        List<Path> files = new AuditReportWriter().write(report, tmp.resolve("audit"));
        assertThat(Files.readString(files.get(1)).split("class=\"case ", -1)).hasSize(cases.cases().size() + 1);
    }

    @Test
    void agentStepWithoutFailureTransition_failsTheStaticAuditNamingTheStep() throws Exception {
        AuditedJob job = job("it-missing-transition");

        AuditReport report = AuditReports.of(job, "it-missing-transition.xml", null, null, null, Instant.now());

        assertThat(report.passed()).isFalse();
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("failure-transition")).singleElement()
                .satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("beta");
                    assertThat(f.message()).contains("'beta'");
                });
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("refused-at-start"));
    }

    @Test
    void evaluatorThatDecidesOtherwiseThanTheDeclaredPolicy_failsTheDrillNamingTheCases() throws Exception {
        AuditedJob job = job("it-custom-policy");
        DrillCases cases = DrillCases.of(job.roles(), List.of(FaultKind.SUCCEEDED, FaultKind.FAILED_NON_RETRIABLE),
                100, DrillCases.DEFAULT_SEED);

        AuditReport report = drill(job, cases);

        assertThat(report.passed()).isFalse();
        assertThat(report.drill().cases()).hasSize(32);
        AuditReport.Case threeOfFive = report.drill().cases().stream().filter(c -> c.injected().equals(
                "financials=SUCCEEDED press=SUCCEEDED regulatory=SUCCEEDED patents=FAILED_NON_RETRIABLE"
                        + " leadership=FAILED_NON_RETRIABLE")).findFirst().orElseThrow();
        assertThat(threeOfFive.passed()).isFalse();
        assertThat(threeOfFive.expected()).startsWith("ESCALATE");
        assertThat(threeOfFive.observed()).startsWith("DEGRADED");
        assertThat(threeOfFive.reason()).contains("majority");
        assertThat(report.drill().cases().get(0).passed()).as("every agent delivering proceeds either way").isTrue();
    }
}
