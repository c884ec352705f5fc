package io.tributary.synthesis.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tributary.api.audit.AuditReport;
import io.tributary.api.audit.AuditWriter;
import jakarta.enterprise.context.ApplicationScoped;
import io.tributary.synthesis.report.internal.ReportFiles;
import io.tributary.synthesis.report.internal.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes an audit report as {@value #JSON} and {@value #HTML} through the same machinery as the
 * assessments: each file appears whole or not at all, the page is self-contained (inline CSS, no
 * script, nothing from the network) and every value is HTML-escaped. Stable hooks for tools:
 * {@code id="verdict"}, {@code id="findings"}, {@code id="owners"}, {@code id="drill"} with one
 * {@code class="case"} row per drill case ({@code case-pass} or {@code case-fail}).
 */
@ApplicationScoped
public class AuditReportWriter implements AuditWriter {

    public static final String JSON = "audit.json";
    public static final String HTML = "audit.html";

    private final Templates templates = new Templates();
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The report as JSON text, with {@code passed} and the drill's failure count spelled out. */
    public String json(AuditReport report) throws IOException {
        return mapper.writeValueAsString(Map.of("passed", report.passed(), "report", report)) + "\n";
    }

    /** Writes both files into {@code directory}, creating it; returns them. */
    @Override
    public List<Path> write(AuditReport report, Path directory) throws IOException {
        Path json = ReportFiles.write(directory, JSON, json(report));
        Path html = ReportFiles.write(directory, HTML, templates.html("audit.html.peb",
                Map.of("report", report, "passed", report.passed())));
        return List.of(json, html);
    }
}
