package io.tributary.core.bootstrap.internal;

import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.JobStartException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jberet.creation.ArchiveXmlLoader;
import org.jberet.job.model.Job;
import org.jberet.operations.JobOperatorImpl;
import org.jberet.spi.BatchEnvironment;

/**
 * JBeret's job operator, parsing each job XML once per class loader instead of at every start.
 * JBeret's {@code start(String, Properties)} loads and parses the job XML on every call, and
 * creating the XML parser alone means a service lookup through every jar of the class path: on
 * the path of every job, before its execution is even created. The job definition a start is
 * given is never changed by the runtime (each execution works on its own copy, with its
 * parameters substituted), so one parsed definition serves every start of that job, as JBeret's
 * own job repository already keeps it for restarts. A job XML that cannot be found or parsed is
 * not remembered: the next start meets the same error. Class loaders are held weakly.
 */
public final class ParsedJobsOperator extends JobOperatorImpl {

    private final Map<ClassLoader, Map<String, Job>> parsed = new WeakHashMap<>();

    public ParsedJobsOperator(BatchEnvironment environment) {
        super(environment);
    }

    @Override
    public long start(String jobXMLName, Properties jobParameters, String user)
            throws JobStartException, JobSecurityException {
        return start(definition(jobXMLName), jobParameters, user);
    }

    /** The parsed job definition of {@code jobXMLName} for the environment's class loader. */
    Job definition(String jobXMLName) {
        BatchEnvironment environment = getBatchEnvironment();
        ClassLoader loader = environment.getClassLoader();
        Map<String, Job> known;
        synchronized (parsed) {
            known = parsed.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
        }
        Job job = known.get(jobXMLName);
        if (job == null) {
            job = ArchiveXmlLoader.loadJobXml(jobXMLName, loader, new ArrayList<>(), environment.getJobXmlResolver());
            known.put(jobXMLName, job);
        }
        return job;
    }
}
