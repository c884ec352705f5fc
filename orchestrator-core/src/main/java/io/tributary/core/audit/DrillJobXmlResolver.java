package io.tributary.core.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import io.tributary.core.jobxml.JobXmlExpansion;
import org.jberet.spi.JobXmlResolver;

/**
 * Resolves the drill copy of a deployed job: job XML name {@value #PREFIX}{@code <job>} is the job
 * XML {@code META-INF/batch-jobs/<job>.xml} of the class loader (the very file the deployment runs)
 * with the fault properties added ({@link AuditedJob#drillCopy()}), expanded and checked as every
 * job is. Registered through
 * {@code ServiceLoader}, so the drill runs in Java SE and on an application server alike.
 */
public class DrillJobXmlResolver implements JobXmlResolver {

    /** The job XML name prefix of drill copies. */
    public static final String PREFIX = "audit-drill.";

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

    @Override
    public Collection<String> getJobXmlNames(ClassLoader classLoader) {
        return List.of();
    }

    @Override
    public String resolveJobName(String jobXml, ClassLoader classLoader) {
        return null;
    }
}
