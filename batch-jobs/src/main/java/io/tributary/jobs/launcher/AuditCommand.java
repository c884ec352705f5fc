package io.tributary.jobs.launcher;

import io.tributary.api.audit.AuditReport;
import io.tributary.core.audit.AuditRun;
import io.tributary.core.audit.DrillCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit}: the static audit of a job as deployed and, with {@code --drill}, the
 * fault-injection drill on a temporary home; writes audit.json and audit.html and exits 0 only when
 * everything passed.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a job as deployed: its partial-failure rules, and with --drill every failure"
                + " case run against it; writes audit.json and audit.html.")
final class AuditCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOB", description = "A job of this distribution, or a job XML file")
    String job;

    @Parameters(index = "1..*", paramLabel = "NAME=VALUE",
            description = "Job parameters every drill case starts with (the job's input, such as dossier=...)")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--drill", description = "Run the fault-injection drill")
    boolean drill;

    @Option(names = "--max-cases", defaultValue = "" + DrillCases.DEFAULT_MAX_CASES,
            description = "Every combination of outcomes up to this many cases, else a pairwise covering array"
                    + " (default: ${DEFAULT-VALUE})")
    int maxCases;

    @Option(names = "--json", description = "Print the report as JSON")
    boolean json;

    @Option(names = "--out", defaultValue = "audit", description = "Folder for the report (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        java.util.Properties input = new java.util.Properties();
        parameters.forEach((name, value) -> input.setProperty(name, absoluteIfFile(value)));
        AuditRun.Outcome outcome = AuditRun.run(job, drill, maxCases, input, out,
                (status, exitStatus, decision) -> ExitCode.of(status, exitStatus, decision).code(), Clock.systemUTC());
        AuditReport report = outcome.report();
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("passed", report.passed());
            doc.put("files", outcome.files().stream().map(Path::toString).toList());
            doc.put("report", report);
            w.println(Launcher.json().writeValueAsString(doc));
        } else {
            print(w, report, outcome.files());
        }
        w.flush();
        return report.passed() ? ExitCode.OK.code() : ExitCode.AUDIT_FAILED.code();
    }

    /** A relative path that exists, made absolute, so the drill's runs read it whatever their working directory. */
    private static String absoluteIfFile(String value) {
        try {
            Path path = Path.of(value);
            return !path.isAbsolute() && java.nio.file.Files.exists(path) ? path.toAbsolutePath().normalize().toString()
                    : value;
        } catch (java.nio.file.InvalidPathException e) {
            return value;
        }
    }

    private static void print(PrintWriter w, AuditReport report, List<Path> files) {
        w.printf("audit of %s (sha256 %s): %s%n", report.job(), report.sha256(), report.passed() ? "PASSED" : "FAILED");
        w.printf("policy: %s%n", report.policy());
        report.findings().forEach(f -> w.printf("  finding [%s] %s: %s%n", f.rule(), f.subject(), f.message()));
        report.owners().forEach(o -> w.printf("  owner of %s: %s%n", o.role(), o.owner().isEmpty() ? "nobody named"
                : o.owner()));
        if (report.drill() != null) {
            w.printf("drill: %d cases in %s, %d not as declared (%s)%n", report.drill().cases().size(),
                    report.drill().duration(), report.drill().failures(), report.drill().method());
            report.drill().cases().stream().filter(c -> !c.passed()).forEach(c -> w.printf(
                    "  case %d %s: expected %s, observed %s%n", c.number(), c.injected(), c.expected(), c.observed()));
        }
        files.forEach(f -> w.printf("report: %s%n", f));
    }
}
