package io.tributary.core.audit;

import io.tributary.api.audit.AuditReport;
import io.tributary.api.audit.AuditWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;

/** Puts an audit's parts (the job, its static findings, a drill) into the {@link AuditReport} a person files. */
public final class AuditReports {

    private AuditReports() {
    }

    /**
     * The report of {@code job}; {@code drill} and {@code results} are null when no drill ran.
     *
     * @param source where the job definition came from, as the report names it
     */
    public static AuditReport of(AuditedJob job, String source, DrillCases drill, List<CaseResult> results,
            Duration took, Instant startedAt) {
        List<AuditReport.Finding> findings = StaticAudit.check(job).stream()
                .map(f -> new AuditReport.Finding(f.rule(), f.subject(), f.message())).toList();
        List<AuditReport.Owner> owners = job.roles().stream()
                .map(r -> new AuditReport.Owner(r, job.owner(r).orElse(""))).toList();
        AuditReport.Drill matrix = drill == null ? null : new AuditReport.Drill(drill.method(),
                results.stream().map(AuditReports::row).toList(), took);
        return new AuditReport(job.jobId(), source, job.sha256(), version("io.tributary", "orchestrator-core"),
                version("org.jberet", "jberet-core"), policy(job), findings, owners, matrix, startedAt, host());
    }

    /**
     * Writes {@code report} into folder {@code out} through the deployed {@link AuditWriter}.
     *
     * @return the files written
     */
    public static List<Path> write(AuditReport report, Path out) throws IOException {
        AuditWriter writer = ServiceLoader.load(AuditWriter.class, AuditReports.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No AuditWriter is deployed: the synthesis module"
                        + " (io.tributary.synthesis.report.AuditReportWriter) is missing from the class path"));
        return writer.write(report, out);
    }

    private static AuditReport.Case row(CaseResult r) {
        return new AuditReport.Case(r.drillCase().number(), r.drillCase().describe(), r.expected().describe(),
                r.observed().describe(), r.passed(), r.reason());
    }

    private static String policy(AuditedJob job) {
        try {
            return DeclaredPolicy.of(job.declaredProperties()).describe();
        } catch (IllegalArgumentException e) {
            return "invalid: " + e.getMessage();
        }
    }

    /** A library's version from the Maven metadata its jar carries, or "unpackaged" in a build tree. */
    static String version(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = AuditReports.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "unpackaged";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unpackaged");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not read " + resource, e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown host (" + e.getMessage() + ")");
        }
    }
}
