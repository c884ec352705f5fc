package io.tributary.core.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiFunction;
import java.util.concurrent.ConcurrentHashMap;
import org.jberet.spi.JobXmlResolver;

/**
 * Remembers the bytes of each job XML once found. {@code JobOperator.start} resolves the job XML
 * on every call, and finding it means asking the class loader, which searches every jar of the
 * class path: at hundreds of jobs a second that search costs more than the job's own start. Job
 * XML does not change while a runtime runs; a job XML that is not found is not remembered, so it
 * can appear later. Class loaders are held weakly. What is remembered is the job XML as
 * prepared once found (Tributary expands and checks it there); a job XML whose preparation fails
 * is not remembered, and fails again on the next start.
 */
class CachingJobXmlResolver implements JobXmlResolver {

    private final JobXmlResolver delegate;
    private final BiFunction<byte[], String, byte[]> prepare;
    private final Map<ClassLoader, Map<String, byte[]>> cache = new WeakHashMap<>();

    CachingJobXmlResolver(JobXmlResolver delegate) {
        this(delegate, (bytes, jobXml) -> bytes);
    }

    /** @param prepare turns the bytes found for a job XML name into the bytes JBeret parses */
    CachingJobXmlResolver(JobXmlResolver delegate, BiFunction<byte[], String, byte[]> prepare) {
        this.delegate = delegate;
        this.prepare = prepare;
    }

    @Override
    public InputStream resolveJobXml(String jobXml, ClassLoader classLoader) throws IOException {
        Map<String, byte[]> known = known(classLoader);
        byte[] bytes = known.get(jobXml);
        if (bytes == null) {
            try (InputStream in = delegate.resolveJobXml(jobXml, classLoader)) {
                if (in == null) {
                    return null;
                }
                bytes = prepare.apply(in.readAllBytes(), jobXml);
            }
            known.put(jobXml, bytes);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public Collection<String> getJobXmlNames(ClassLoader classLoader) {
        return delegate.getJobXmlNames(classLoader);
    }

    @Override
    public String resolveJobName(String jobXml, ClassLoader classLoader) {
        return delegate.resolveJobName(jobXml, classLoader);
    }

    private Map<String, byte[]> known(ClassLoader classLoader) {
        synchronized (cache) {
            return cache.computeIfAbsent(classLoader, cl -> new ConcurrentHashMap<>());
        }
    }
}
