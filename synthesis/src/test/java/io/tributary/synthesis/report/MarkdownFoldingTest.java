package io.tributary.synthesis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.synthesis.Dimension;
import io.tributary.synthesis.DueDiligenceSynthesizer;
import io.tributary.synthesis.RunBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown report folds long lists as the HTML one does, and both show history apart from what decides. */
class MarkdownFoldingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T09:10:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void longListsFold_referencesAndEvidenceAreCapped_historyIsShownApart_andTheJsonKeepsEverything()
            throws IOException {
        // given twelve Item 5.02 filings, a conclusion with eight pieces of evidence, and a history finding
        var builder = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        for (int i = 0; i < 12; i++) {
            String date = (2018 + i % 3) + "-02-" + (10 + i);
            builder.add("regulatory", RunBuilder.finding("regulatory.officer-change", Dimension.REGULATORY_LEGAL,
                    Polarity.NEUTRAL, Severity.LOW, "8-K 000-" + i + " filed " + date
                            + " reports Item 5.02 (Departure of Directors or Certain Officers): officers changed",
                    "item:000-" + i + ":5.02", RunBuilder.at("filings/submissions.json", "000-" + i, "items 5.02"),
                    Map.of("item", "5.02", "accession", "000-" + i, "year", date.substring(0, 4), "filingDate", date,
                            "period", date)));
        }
        List<Evidence> eight = IntStream.range(0, 8)
                .mapToObj(i -> RunBuilder.at("filings/submissions.json", "filing " + i, "quote " + i)).toList();
        builder.add("leadership", new Finding("stable-management", Dimension.LEADERSHIP.name(),
                "leadership.stable-management", "Stable management in 2020-2022", Polarity.POSITIVE, Severity.LOW, 0.8,
                eight, Map.of("period", "2020-2022"), Set.of()));
        builder.add("leadership", RunBuilder.finding("leadership.turnover-history", Dimension.LEADERSHIP,
                Polarity.NEGATIVE, Severity.INFO, "History before 2020-2022: 7 changes in 2018", "history",
                RunBuilder.at("filings/submissions.json", "2018", "items 5.02"),
                Map.of("period", "2018", "history", "true")));
        var run = builder.build();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        new JsonReportWriter(CLOCK).write(assessment, run, directory);
        new MarkdownReportWriter(CLOCK).write(assessment, run, directory);
        new HtmlReportWriter(CLOCK).write(assessment, run, directory);

        // then the filings are one row by item and year, a reason names five of twelve and counts the rest
        String md = Files.readString(directory.resolve("assessment.md"));
        assertThat(md).contains("| LOW Item 5.02 Departure of Directors or Certain Officers | 12 | 2018: 4, 2019: 4, 2020: 4 |")
                .contains(", +7 more)").doesNotContainPattern("\\(#\\d+(, #\\d+){5}")
                .contains("  - +7 more, in assessment.json").doesNotContain("8-K 000-7 filed");
        // three pieces of evidence per finding, the rest counted; history shown apart with its period
        assertThat(md).contains("filings/submissions.json filing 2: \"quote 2\"; +5 more in assessment.json")
                .doesNotContain("quote 3")
                .contains("History, shown for context and not weighed:")
                .containsPattern("- #\\d+ \\(2018\\) History before 2020-2022: 7 changes in 2018");
        var page = Jsoup.parse(directory.resolve("assessment.html").toFile());
        assertThat(page.select("#dimension-leadership details.history").text())
                .contains("History before 2020-2022: 7 changes in 2018").contains("2018");
        // the JSON keeps every finding and every piece of evidence
        JsonNode json = new ObjectMapper().readTree(directory.resolve("assessment.json").toFile());
        assertThat(json.path("findings")).hasSize(14);
        assertThat(json.path("findings").findValues("evidence")).anySatisfy(e -> assertThat(e).hasSize(8));
    }
}
