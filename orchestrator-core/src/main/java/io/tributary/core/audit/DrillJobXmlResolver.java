package io.tributary.core.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import io.tributary.core.jobxml.JobXmlExpansion;
import org.jberet.spi.JobXmlResolver;

/**
 * Resolves the drill copy of a deployed job: job XML name {@value #PREFIX}{@code <job>} is the job
 * XML {@code META-INF/batch-jobs/<job>.xml} of the class loader (the very file the deployment runs)
 * with the fault properties added ({@link AuditedJob#drillCopy()}), expanded and checked as every
 * job is. Registered through
 * {@code ServiceLoader}, so the drill runs in Java SE and on an application server alike.
 *
 * <p>An application server (WildFly) starts only the job XML names its deployment's resolvers list
 * when the deployment is installed, and a class loader cannot list a folder portably, so a
 * deployment names the jobs whose drill copies it offers in {@value #AUDITABLE_JOBS}: one job name
 * per line, {@code #} for comments. Java SE needs no list.
 */
public class DrillJobXmlResolver implements JobXmlResolver {

    /** The job XML name prefix of drill copies. */
    public static final String PREFIX = "audit-drill.";

    /** The resource in which a deployment names the jobs it offers drill copies of. */
    public static final String AUDITABLE_JOBS = "META-INF/tributary/auditable-jobs";

    private static final Logger LOG = Logger.getLogger(DrillJobXmlResolver.class.getName());

    /** The job XML name of the drill copy of {@code job}. */
    public static String drillName(String job) {
        return PREFIX + job;
    }

    @Override
    public InputStream resolveJobXml(String jobXml, ClassLoader classLoader) throws IOException {
        if (!jobXml.startsWith(PREFIX)) {
            return null;
        }
        String job = jobXml.substring(PREFIX.length());
        if (job.endsWith(".xml")) {
            job = job.substring(0, job.length() - ".xml".length());
        }
        try (InputStream in = classLoader.getResourceAsStream("META-INF/batch-jobs/" + job + ".xml")) {
            if (in == null) {
                return null;
            }
            // Expanded here as well as in Java SE's cache: an application server asks this resolver
            // directly, and expanding an expanded job changes nothing.
            return new ByteArrayInputStream(JobXmlExpansion.expand(AuditedJob.parse(in.readAllBytes(), job).drillCopy(),
                    jobXml));
        }
    }

    /** The drill copies ({@code audit-drill.<job>.xml}) of the jobs {@value #AUDITABLE_JOBS} names that exist. */
    @Override
    public Collection<String> getJobXmlNames(ClassLoader classLoader) {
        return auditableJobs(classLoader).stream().map(job -> drillName(job) + ".xml").toList();
    }

    /** The job name of a drill copy is its job XML name ({@link AuditedJob#drillCopy()} sets its id so). */
    @Override
    public String resolveJobName(String jobXml, ClassLoader classLoader) {
        if (!jobXml.startsWith(PREFIX)) {
            return null;
        }
        return jobXml.endsWith(".xml") ? jobXml.substring(0, jobXml.length() - ".xml".length()) : jobXml;
    }

    /** The jobs {@value #AUDITABLE_JOBS} names whose job XML the class loader has, in order. */
    static Set<String> auditableJobs(ClassLoader classLoader) {
        Set<String> jobs = new LinkedHashSet<>();
        try {
            for (URL list : Collections.list(classLoader.getResources(AUDITABLE_JOBS))) {
                try (InputStream in = list.openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(l -> l.replaceFirst("#.*", "").trim()).filter(l -> !l.isEmpty()).forEach(jobs::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + AUDITABLE_JOBS + ": " + e.getMessage(), e);
        }
        jobs.removeIf(job -> {
            boolean missing = classLoader.getResource("META-INF/batch-jobs/" + job + ".xml") == null;
            if (missing) {
                LOG.warning(() -> AUDITABLE_JOBS + " names job '" + job + "', but there is no META-INF/batch-jobs/"
                        + job + ".xml: it cannot be drilled");
            }
            return missing;
        });
        return jobs;
    }
}
