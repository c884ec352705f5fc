package io.tributary.synthesis.report;

import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.ReportWriter;
import io.tributary.api.synthesis.Synthesis;
import io.tributary.synthesis.report.internal.ReportFiles;
import io.tributary.synthesis.report.internal.ReportModels;
import io.tributary.synthesis.report.internal.Templates;
import io.tributary.synthesis.report.internal.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Writes {@value #FILE}: one self-contained page (inline CSS and SVG, no script, nothing loaded
 * from the network) that a reviewer can open or archive as it is. The recommendation comes
 * first, then the contradictions to follow up, then each dimension with its evidence, then the
 * agents' timeline. Stable hooks for tools: {@code id="recommendation"},
 * {@code id="contradictions"}, {@code id="timeline"} (the chart) with one
 * {@code class="timeline-bar"} per agent that started. Every value is HTML-escaped.
 */
@ApplicationScoped
@Named("html")
public class HtmlReportWriter implements ReportWriter {

    /** The file this writer produces. */
    public static final String FILE = "assessment.html";

    private final Clock clock;
    private final Templates templates = new Templates();

    /** A writer stamping reports with the system clock. */
    public HtmlReportWriter() {
        this(Clock.systemUTC());
    }

    /** A writer stamping reports with {@code clock}. */
    public HtmlReportWriter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Path> write(Synthesis synthesis, RunSnapshot run, Path directory) throws IOException {
        var model = ReportModels.of(synthesis, run, clock.instant());
        var fallbackEnd = run.decision() == null ? null : run.decision().decidedAt();
        var timeline = Timeline.of(run.outcomes(), fallbackEnd);
        var text = templates.html("assessment.html.peb", Map.of("report", model, "timeline", timeline));
        return List.of(ReportFiles.write(directory, FILE, text));
    }
}
