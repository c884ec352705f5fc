package io.tributary.synthesis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.run.RunSnapshot;
import io.tributary.synthesis.DueDiligenceSynthesizer;
import io.tributary.synthesis.SampleRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is accountable for each part of an assessment, as the job names them, in every report format. */
class ReportOwnersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T09:10:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private static RunSnapshot teslaWithOwners() {
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put("financials", "Corporate finance");
        owners.put("regulatory", "Legal <and> compliance");
        return SampleRuns.tesla().build().withOwners(owners);
    }

    private void writeAll(RunSnapshot run) throws IOException {
        var assessment = new DueDiligenceSynthesizer().synthesise(run);
        new JsonReportWriter(CLOCK).write(assessment, run, directory);
        new MarkdownReportWriter(CLOCK).write(assessment, run, directory);
        new HtmlReportWriter(CLOCK).write(assessment, run, directory);
    }

    @Test
    void json_namesTheOwnerOfEachDimensionsAgents_andNoOwnerWhereTheJobNamesNone() throws IOException {
        writeAll(teslaWithOwners());

        JsonNode dimensions = new ObjectMapper().readTree(directory.resolve(JsonReportWriter.FILE).toFile())
                .path("dimensions");
        assertThat(dimension(dimensions, "FINANCIAL_HEALTH").path("owners").get(0).path("owner").asText())
                .isEqualTo("Corporate finance");
        assertThat(dimension(dimensions, "FINANCIAL_HEALTH").path("owners").get(0).path("agent").asText())
                .isEqualTo("financials");
        assertThat(dimension(dimensions, "REGULATORY_LEGAL").path("owners").get(0).path("owner").asText())
                .isEqualTo("Legal <and> compliance");
        assertThat(dimension(dimensions, "LEADERSHIP").path("owners")).isEmpty();
    }

    @Test
    void markdown_showsTheOwnerUnderEachDimensionThatHasOne() throws IOException {
        writeAll(teslaWithOwners());

        String md = Files.readString(directory.resolve(MarkdownReportWriter.FILE));
        assertThat(md).contains("Owner: Corporate finance (financials)").contains("(regulatory)");
        assertThat(md.split("Owner: ", -1)).hasSize(3);
    }

    @Test
    void html_showsTheOwnerInEachDimensionThatHasOne_escaped() throws IOException {
        writeAll(teslaWithOwners());

        Document html = Jsoup.parse(directory.resolve(HtmlReportWriter.FILE).toFile());
        assertThat(html.select("#dimension-financial-health .owner").text())
                .isEqualTo("Owner: Corporate finance (financials)");
        assertThat(html.select("#dimension-regulatory-legal .owner").text())
                .isEqualTo("Owner: Legal <and> compliance (regulatory)");
        assertThat(html.select("#dimension-leadership .owner")).isEmpty();
    }

    @Test
    void runWithoutOwners_showsNoOwnerLine() throws IOException {
        writeAll(SampleRuns.tesla().build());

        assertThat(Files.readString(directory.resolve(MarkdownReportWriter.FILE))).doesNotContain("Owner: ");
        assertThat(Jsoup.parse(directory.resolve(HtmlReportWriter.FILE).toFile()).select(".owner")).isEmpty();
    }

    private static JsonNode dimension(JsonNode dimensions, String name) {
        for (JsonNode d : dimensions) {
            if (d.path("dimension").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no dimension " + name + " in " + dimensions);
    }
}
