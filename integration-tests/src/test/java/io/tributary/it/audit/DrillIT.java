package io.tributary.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.audit.CaseResult;
import io.tributary.core.audit.DeclaredPolicy;
import io.tributary.core.audit.Drill;
import io.tributary.core.audit.DrillCases;
import io.tributary.core.audit.AuditedJob;
import io.tributary.core.audit.DrillJobXmlResolver;
import io.tributary.core.audit.DrillSettings;
import io.tributary.core.audit.FaultAgent;
import io.tributary.core.audit.FaultKind;
import io.tributary.core.launcher.ExitCodes;
import io.tributary.it.support.ItRuntime;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillIT {

    @TempDir
    Path tmp;

    @Test
    void shippedJob_everyCaseEndsAsTheDeclaredPolicySays() throws Exception {
        AuditedJob job;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/batch-jobs/due-diligence.xml")) {
            job = AuditedJob.parse(in.readAllBytes(), "due-diligence");
        }
        DeclaredPolicy policy = DeclaredPolicy.of(job.declaredProperties());
        int max = Integer.getInteger("drill.maxCases", DrillCases.DEFAULT_MAX_CASES);
        DrillCases cases = DrillCases.of(job.roles(), FaultKind.WITHOUT_BUDGET, max, DrillCases.DEFAULT_SEED);
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Drill, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"), java.util.Map.of("agents.concurrency", "100000"))) {
            Drill drill = new Drill(it.runtime().jobOperator(), it.runtime().store(), it.runtime().bean(FaultAgent.class),
                    ExitCodes::of);
            long start = System.nanoTime();
            List<CaseResult> results = drill.run(DrillJobXmlResolver.drillName("due-diligence"), policy, cases,
                    new DrillSettings(ItRuntime.params("dossier", dossier.toString()), Duration.ofMillis(Long.getLong("drill.deadlineMs", 3000)), Integer.getInteger("drill.parallelism", 32), Duration.ofMinutes(2)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf("drill of due-diligence: %d cases (%s) in %s%n", results.size(), cases.method(), took);
            results.stream().filter(r -> !r.passed()).limit(20).forEach(r -> System.out.printf(
                    "MISMATCH %d %s: expected %s, observed %s (%s)%n", r.drillCase().number(), r.drillCase().describe(),
                    r.expected().describe(), r.observed().describe(), r.reason()));
            assertThat(results).hasSize(cases.cases().size()).allMatch(CaseResult::passed);
        }
    }
}
