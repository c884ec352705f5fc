package io.tributary.synthesis.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.ReportWriter;
import io.tributary.api.synthesis.Synthesis;
import io.tributary.synthesis.report.internal.ReportFiles;
import io.tributary.synthesis.report.internal.ReportModels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Writes {@value #FILE}: the machine-readable assessment (schema {@code tributary.assessment/1}):
 * target, policy decision, recommendation and confidence, dimensions with their reasons, every
 * finding with its evidence, caveats and agent run, contradictions, follow-ups, consensus,
 * provenance, and each agent's timings, usage and cost. Instants are ISO-8601 strings.
 */
@ApplicationScoped
@Named("json")
public class JsonReportWriter implements ReportWriter {

    /** The file this writer produces. */
    public static final String FILE = "assessment.json";

    private final Clock clock;
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** A writer stamping reports with the system clock. */
    public JsonReportWriter() {
        this(Clock.systemUTC());
    }

    /** A writer stamping reports with {@code clock}. */
    public JsonReportWriter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Path> write(Synthesis synthesis, RunSnapshot run, Path directory) throws IOException {
        var model = ReportModels.of(synthesis, run, clock.instant());
        return List.of(ReportFiles.write(directory, FILE, mapper.writeValueAsString(model) + "\n"));
    }
}
