package io.tributary.core.parameters;

import io.tributary.core.jobxml.JobXmlExpansion;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parameters each job uses, read from its expanded XML once per job rather than at every
 * start: a job's XML does not change while the application runs.
 */
@ApplicationScoped
public class JobParameterUses {

    private final Map<String, Optional<JobParameterUse>> byJob = new ConcurrentHashMap<>();

    /**
     * What job {@code job} uses, from {@code META-INF/batch-jobs/<job>.xml} as the batch runtime
     * finds it; empty when its XML is not such a resource (then its parameters are not checked).
     */
    public Optional<JobParameterUse> of(String job, ClassLoader loader) {
        return byJob.computeIfAbsent(job, name -> read(name, loader));
    }

    private static Optional<JobParameterUse> read(String job, ClassLoader loader) {
        try (InputStream xml = loader.getResourceAsStream("META-INF/batch-jobs/" + job + ".xml")) {
            if (xml == null) {
                return Optional.empty();
            }
            return Optional.of(JobParameterUse.of(job, JobXmlExpansion.expand(xml.readAllBytes(), job)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the XML of job " + job, e);
        }
    }
}
