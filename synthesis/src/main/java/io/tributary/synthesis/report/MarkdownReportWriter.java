package io.tributary.synthesis.report;

import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.ReportWriter;
import io.tributary.api.synthesis.Synthesis;
import io.tributary.synthesis.report.internal.ReportFiles;
import io.tributary.synthesis.report.internal.ReportModels;
import io.tributary.synthesis.report.internal.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Writes {@value #FILE}: the assessment as Markdown, for review in a repository or ticket. Every
 * value from findings is escaped, so a claim cannot inject markup.
 */
@ApplicationScoped
@Named("markdown")
public class MarkdownReportWriter implements ReportWriter {

    /** The file this writer produces. */
    public static final String FILE = "assessment.md";

    private final Clock clock;
    private final Templates templates = new Templates();

    /** A writer stamping reports with the system clock. */
    public MarkdownReportWriter() {
        this(Clock.systemUTC());
    }

    /** A writer stamping reports with {@code clock}. */
    public MarkdownReportWriter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Path> write(Synthesis synthesis, RunSnapshot run, Path directory) throws IOException {
        var model = ReportModels.of(synthesis, run, clock.instant());
        var text = templates.markdown("assessment.md.peb", Map.of("report", model));
        return List.of(ReportFiles.write(directory, FILE, text));
    }
}
