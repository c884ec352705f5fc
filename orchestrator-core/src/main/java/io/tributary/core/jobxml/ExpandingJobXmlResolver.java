package io.tributary.core.jobxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import org.jberet.spi.JobXmlResolver;
import org.w3c.dom.Document;

/**
 * Resolves job XML through another resolver, then expands the agents it declares in one line
 * ({@link AgentFlows}) and checks the rules that let the policy see every agent
 * ({@link AgentStepRules}), so that JBeret parses plain JSL and a job that would silently lose an
 * agent's failure is refused when it starts, with a {@link jakarta.batch.operations.JobStartException}
 * naming the step. A job XML without declarations is returned byte for byte as found.
 *
 * <p>Reads and checks the XML on every call; put a cache in front of it.
 */
public final class ExpandingJobXmlResolver implements JobXmlResolver {

    private final JobXmlResolver delegate;

    public ExpandingJobXmlResolver(JobXmlResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public InputStream resolveJobXml(String jobXml, ClassLoader classLoader) throws IOException {
        byte[] bytes;
        try (InputStream in = delegate.resolveJobXml(jobXml, classLoader)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        }
        return new ByteArrayInputStream(expand(bytes, jobXml));
    }

    /** The job XML with its declared agents expanded, once it passes the rules. */
    public static byte[] expand(byte[] bytes, String jobXml) {
        Document doc = JobXml.parse(bytes, jobXml);
        boolean declares = AgentFlows.declares(doc);
        if (declares) {
            AgentFlows.expand(doc, jobXml);
        }
        AgentStepRules.check(doc, jobXml);
        return declares ? JobXml.write(doc) : bytes;
    }

    @Override
    public Collection<String> getJobXmlNames(ClassLoader classLoader) {
        return delegate.getJobXmlNames(classLoader);
    }

    @Override
    public String resolveJobName(String jobXml, ClassLoader classLoader) {
        return delegate.resolveJobName(jobXml, classLoader);
    }
}
