package io.tributary.core.batch;

import io.tributary.api.TributaryException;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.ReportWriter;
import io.tributary.api.synthesis.Synthesis;
import io.tributary.api.synthesis.Synthesizer;
import io.tributary.core.config.Settings;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes the run's report with every {@link ReportWriter} bean into
 * {@code <reports.dir>/<job>-<run>/} (or the {@code reportDir} job property), and records where and
 * the synthesis verdict.
 * The files appear together or not at all ({@link ReportFiles}); a report that cannot be written
 * fails the step with exit status {@value #REPORT_FAILED} and a sentence saying why.
 */
@Named("report")
@Dependent
public class ReportStep extends AbstractBatchlet {

    public static final String REPORT_FAILED = "REPORT_FAILED";

    private static final Logger LOG = Logger.getLogger(ReportStep.class.getName());

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;
    @Inject
    ResultStore store;
    @Inject
    io.tributary.core.tracing.Tracing tracing;
    @Inject
    Settings settings;
    @Inject
    @Any
    Instance<Synthesizer> synthesizers;
    @Inject
    @Any
    Instance<ReportWriter> writers;

    @Override
    public String process() throws IOException {
        var span = Spans.step(tracing, "report", jobContext, stepContext, "", "");
        try {
            String result = write();
            Spans.end(span, result, false);
            return result;
        } catch (IOException | RuntimeException e) {
            Spans.end(span, e.getMessage(), true);
            throw e;
        }
    }

    private String write() throws IOException {
        JobSettings props = JobSettings.of(jobContext, stepContext);
        Synthesis synthesis = jobContext.getTransientUserData() instanceof Synthesis done ? done
                : SynthesisStep.synthesise(store, synthesizers, props, jobContext);
        try {
            List<Path> written = write(synthesis, props, jobContext, store, settings, writers);
            LOG.info(() -> "Run " + jobContext.getInstanceId() + " report: " + written);
            return "WRITTEN";
        } catch (TributaryException e) {
            StepFailures.record(jobContext, stepContext, REPORT_FAILED, e.getMessage());
            throw e;
        }
    }

    /**
     * Writes {@code synthesis} with every writer into the run's report directory and records it;
     * the policy decider uses the same to leave a review packet when the run stops for a person.
     * The files appear together or not at all; a failure says why in a {@link TributaryException}.
     */
    static List<Path> write(Synthesis synthesis, JobSettings props, JobContext job, ResultStore store,
            Settings settings, Instance<ReportWriter> writers) {
        RunSnapshot run = store.snapshot(job.getInstanceId(), job.getExecutionId())
                .withOwners(JobModel.owners(job, props));
        Path dir = ReportLocation.of(props, settings, job.getJobName(), run.runId());
        if (writers.isUnsatisfied()) {
            throw new TributaryException("No report writer is installed; nothing was written to " + dir);
        }
        List<Path> written;
        try {
            written = ReportFiles.write(dir, folder -> {
                List<Path> files = new ArrayList<>();
                for (ReportWriter writer : writers) {
                    files.addAll(writer.write(synthesis, run, folder));
                }
                return files;
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TributaryException("Cannot write the report to " + dir + ": " + reason(e)
                    + "; nothing of it was kept. Free the space or fix the folder, then restart the execution", e);
        }
        store.recordReport(run.runId(), synthesis.verdict(), dir.toAbsolutePath());
        return written;
    }

    /** What the file system said, e.g. "No space left on device", with the file it said it about. */
    private static String reason(Exception e) {
        Throwable io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (io instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
    }
}
