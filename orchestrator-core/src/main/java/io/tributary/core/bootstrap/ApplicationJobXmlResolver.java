package io.tributary.core.bootstrap;

import io.tributary.core.jobxml.JobXmlExpansion;
import org.jberet.tools.MetaInfBatchJobsJobXmlResolver;

/**
 * The job XML resolver an application server finds through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.jberet.spi.JobXmlResolver}): WildFly asks a deployment's resolvers
 * before it reads the deployment's {@code META-INF/batch-jobs} itself, so the server's JBeret also
 * runs agents declared in one line, expanded and checked as in Java SE, and read once.
 */
public final class ApplicationJobXmlResolver extends CachingJobXmlResolver {

    public ApplicationJobXmlResolver() {
        super(new MetaInfBatchJobsJobXmlResolver(), JobXmlExpansion::expand);
    }
}
