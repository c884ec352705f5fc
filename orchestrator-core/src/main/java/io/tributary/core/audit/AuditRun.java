package io.tributary.core.audit;

import io.tributary.api.InvalidInputException;
import io.tributary.api.audit.AuditReport;
import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * An audit of one job in Java SE: the static audit, and with a drill its cases run on a fresh
 * runtime in a temporary home (its own H2 store and job repository, deleted afterwards), so the
 * audit never touches the user's store. The report goes to {@code out} through the deployed
 * {@link io.tributary.api.audit.AuditWriter}.
 */
public final class AuditRun {

    /** The report and the files it was written to. */
    public record Outcome(AuditReport report, List<Path> files) {
    }

    private AuditRun() {
    }

    /**
     * Audits {@code job}: a job of this distribution, or the path of a job XML file.
     *
     * @param input the job parameters each drill case starts with (the job's input)
     * @throws InvalidInputException when the job is neither a job of the distribution nor a readable file
     */
    public static Outcome run(String job, boolean drill, int maxCases, Properties input, Path out,
            Drill.ExitCodes exitCodes, Clock clock) throws IOException {
        Instant started = clock.instant();
        Source source = Source.of(job);
        AuditedJob audited = AuditedJob.parse(source.bytes(), source.name());
        AuditReport report;
        if (drill && audited.refusal().isEmpty()) {
            DrillCases cases = DrillCases.of(audited.roles(), FaultKind.WITHOUT_BUDGET, maxCases, DrillCases.DEFAULT_SEED);
            report = drilled(audited, source, cases, input, exitCodes, clock, started);
        } else {
            report = AuditReports.of(audited, source.name(), null, null, null, started);
        }
        return new Outcome(report, AuditReports.write(report, out));
    }

    private static AuditReport drilled(AuditedJob job, Source source, DrillCases cases, Properties input,
            Drill.ExitCodes exitCodes, Clock clock, Instant started) throws IOException {
        Path home = Files.createTempDirectory("tributary-audit-");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(source.loader(before, job.jobId()));
        try (TributaryRuntime runtime = TributaryRuntime.start(Settings.load(home, Map.of(), new Properties(),
                Map.of("agents.concurrency", "100000")))) {
            Drill run = new Drill(runtime.jobOperator(), runtime.store(), runtime.bean(FaultAgent.class), exitCodes);
            Instant begin = clock.instant();
            List<CaseResult> results = run.run(DrillJobXmlResolver.drillName(job.jobId()),
                    DeclaredPolicy.of(job.declaredProperties()), cases, DrillSettings.of(input));
            return AuditReports.of(job, source.name(), cases, results, Duration.between(begin, clock.instant()),
                    started);
        } finally {
            thread.setContextClassLoader(before);
            deleteTree(home);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Where the audited job XML comes from: the distribution's class path, or a file. */
    private record Source(String name, byte[] bytes, boolean file) {

        static Source of(String job) throws IOException {
            Path path = Path.of(job);
            if (job.endsWith(".xml")) {
                if (!Files.isRegularFile(path)) {
                    throw new InvalidInputException("Job XML file '" + job + "' does not exist or is not a file");
                }
                return new Source(path.toAbsolutePath().normalize().toString(), Files.readAllBytes(path), true);
            }
            String resource = "META-INF/batch-jobs/" + job + ".xml";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new InvalidInputException("No job '" + job + "' in this distribution (no " + resource
                            + "), and it is not the path of a .xml file");
                }
                return new Source(resource, in.readAllBytes(), false);
            }
        }

        /** A class loader that finds a job file under its job id, so that the drill resolves it like a deployed one. */
        ClassLoader loader(ClassLoader parent, String jobId) {
            if (!file) {
                return parent;
            }
            byte[] xml = bytes;
            String resource = "META-INF/batch-jobs/" + jobId + ".xml";
            return new ClassLoader(parent) {
                @Override
                public InputStream getResourceAsStream(String name) {
                    return resource.equals(name) ? new java.io.ByteArrayInputStream(xml) : super.getResourceAsStream(name);
                }
            };
        }
    }
}
