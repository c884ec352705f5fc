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
 */
@Named("report")
@Dependent
public class ReportStep extends AbstractBatchlet {

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
        List<Path> written = write(synthesis, props, jobContext, store, settings, writers);
        LOG.info(() -> "Run " + jobContext.getInstanceId() + " report: " + written);
        return "WRITTEN";
    }

    /**
     * Writes {@code synthesis} with every writer into the run's report directory and records it;
     * the policy decider uses the same to leave a review packet when the run stops for a person.
     */
    static List<Path> write(Synthesis synthesis, JobSettings props, JobContext job, ResultStore store,
            Settings settings, Instance<ReportWriter> writers) throws IOException {
        RunSnapshot run = store.snapshot(job.getInstanceId(), job.getExecutionId());
        Path dir = props.find("reportDir").map(Path::of)
                .orElse(Path.of(settings.get("reports.dir")).resolve(job.getJobName() + "-" + run.runId()));
        List<Path> written = new ArrayList<>();
        for (ReportWriter writer : writers) {
            written.addAll(writer.write(synthesis, run, dir));
        }
        if (written.isEmpty()) {
            throw new TributaryException("No report writer is installed; nothing was written to " + dir);
        }
        store.recordReport(run.runId(), synthesis.verdict(), dir.toAbsolutePath());
        return written;
    }
}
