package io.tributary.jobs.server;

import io.tributary.api.InvalidInputException;
import io.tributary.api.audit.AuditReport;
import io.tributary.core.audit.AuditReports;
import io.tributary.core.audit.AuditedJob;
import io.tributary.core.audit.CaseResult;
import io.tributary.core.audit.DeclaredPolicy;
import io.tributary.core.audit.Drill;
import io.tributary.core.audit.DrillCases;
import io.tributary.core.audit.DrillJobXmlResolver;
import io.tributary.core.audit.DrillSettings;
import io.tributary.core.audit.FaultAgent;
import io.tributary.core.audit.FaultKind;
import io.tributary.core.batch.ExecutionExitCodes;
import io.tributary.core.config.Settings;
import io.tributary.core.store.ResultStore;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;

/**
 * The audit job's step ({@code audit.xml}): audits a job of this deployment as the server runs it.
 * The drill's cases are executions of the server's own job operator and job repository, and their
 * rows go to the server's store: every case is its own job instance of the drill copy
 * ({@code audit-drill.<job>}), so its rows never mix with a real run's, and the server's repository
 * stays the one record of what ran. The report goes under the work directory, which in a server is
 * its data directory unless configured otherwise.
 */
@Named("deploymentAudit")
@Dependent
public class DeploymentAudit extends AbstractBatchlet {

    public static final String PASSED = "PASSED";
    public static final String AUDIT_FAILED = "AUDIT_FAILED";
    /** The audit job's own parameters; every other one is the audited job's input. */
    static final Set<String> OWN = Set.of("job", "drill", "maxCases", "deadline", "parallelism");

    private static final Logger LOG = Logger.getLogger(DeploymentAudit.class.getName());

    @Inject
    JobContext jobContext;
    @Inject
    Settings settings;
    @Inject
    ResultStore store;
    @Inject
    FaultAgent faults;
    @Inject
    Clock clock;
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ThreadFactory threads;

    @Override
    public String process() throws IOException {
        Instant started = clock.instant();
        JobOperator operator = BatchRuntime.getJobOperator();
        AuditParameters params = AuditParameters.of(operator.getParameters(jobContext.getExecutionId()), OWN);
        String resource = "META-INF/batch-jobs/" + params.job() + ".xml";
        AuditedJob job = AuditedJob.parse(read(resource, params.job()), params.job());
        AuditReport report;
        if (params.drill() && job.refusal().isEmpty()) {
            report = drilled(operator, job, resource, params, started);
        } else {
            report = AuditReports.of(job, resource, null, null, null, started);
        }
        Path out = settings.home().resolve("audits").resolve(job.jobId() + "-" + jobContext.getExecutionId());
        List<Path> files = AuditReports.write(report, out);
        LOG.info(() -> "Audit of " + job.jobId() + (report.passed() ? " passed" : " failed") + "; report " + files);
        return report.passed() ? PASSED : AUDIT_FAILED;
    }

    private AuditReport drilled(JobOperator operator, AuditedJob job, String resource, AuditParameters params,
            Instant started) {
        DrillCases cases = DrillCases.of(job.roles(), FaultKind.WITHOUT_BUDGET, params.maxCases(),
                DrillCases.DEFAULT_SEED);
        Drill drill = new Drill(operator, store, faults, ExecutionExitCodes::of, threads);
        Instant begin = clock.instant();
        List<CaseResult> results = drill.run(DrillJobXmlResolver.drillName(job.jobId()),
                DeclaredPolicy.of(job.declaredProperties()), cases, new DrillSettings(params.input(),
                        params.deadline(), params.parallelism(), DrillSettings.DEFAULT_CASE_TIMEOUT));
        Duration took = Duration.between(begin, clock.instant());
        LOG.info(() -> "Drill of " + job.jobId() + ": " + results.size() + " cases in " + took);
        return AuditReports.of(job, resource, cases, results, took, started);
    }

    /** The job XML this deployment runs for {@code job}, from the deployment's class loader. */
    private static byte[] read(String resource, String job) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException("Job parameter 'job' names no job of this deployment: '" + job
                        + "' (no " + resource + ")");
            }
            return in.readAllBytes();
        }
    }
}
