package io.tributary.core.bootstrap;

import io.tributary.core.jobxml.ExpandingJobXmlResolver;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import org.jberet.spi.JobXmlResolver;
import org.jberet.tools.MetaInfBatchJobsJobXmlResolver;

/**
 * The job XML resolver an application server finds through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.jberet.spi.JobXmlResolver}): WildFly asks a deployment's resolvers
 * before it reads the deployment's {@code META-INF/batch-jobs} itself, so the server's JBeret also
 * runs agents declared in one line, expanded and checked as in Java SE, and read once.
 */
public final class ApplicationJobXmlResolver implements JobXmlResolver {

    private final JobXmlResolver resolver = new CachingJobXmlResolver(
            new ExpandingJobXmlResolver(new MetaInfBatchJobsJobXmlResolver()));

    @Override
    public InputStream resolveJobXml(String jobXml, ClassLoader classLoader) throws IOException {
        return resolver.resolveJobXml(jobXml, classLoader);
    }

    @Override
    public Collection<String> getJobXmlNames(ClassLoader classLoader) {
        return resolver.getJobXmlNames(classLoader);
    }

    @Override
    public String resolveJobName(String jobXml, ClassLoader classLoader) {
        return resolver.resolveJobName(jobXml, classLoader);
    }
}
