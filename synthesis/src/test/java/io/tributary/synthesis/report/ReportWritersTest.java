package io.tributary.synthesis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.run.RunSnapshot;
import io.tributary.synthesis.Assessment;
import io.tributary.synthesis.Dimension;
import io.tributary.synthesis.DueDiligenceSynthesizer;
import io.tributary.synthesis.RunBuilder;
import io.tributary.synthesis.SampleRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {

    private static final String HOSTILE = "Great quarter <script>alert('x')</script> | **bold** [link](http://evil)";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T09:10:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void allWriters_writeTheirFilesAndJsonReadsBackWithEveryPart() throws IOException {
        // given
        var run = degradedTeslaWithTwoPressApproaches();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        var written = writeAll(assessment, run);

        // then
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("assessment.json", "assessment.md", "assessment.html");
        var json = new ObjectMapper().readTree(directory.resolve("assessment.json").toFile());
        assertThat(json.path("schema").asText()).isEqualTo("tributary.assessment/1");
        assertThat(json.path("generatedAt").asText()).isEqualTo("2025-05-01T09:10:00Z");
        assertThat(json.path("target").path("name").asText()).isEqualTo("Tesla, Inc.");
        assertThat(json.path("decision").path("outcome").asText()).isEqualTo("DEGRADED");
        assertThat(texts(json.path("decision").path("missingAgents"))).containsExactly("leadership", "patents");
        assertThat(json.path("recommendation").asText()).isEqualTo(assessment.recommendation().name());
        assertThat(json.path("confidence").asDouble()).isEqualTo(assessment.confidence()).isLessThanOrEqualTo(0.6);
        assertThat(texts(json.path("missingDimensions"))).containsExactly("INTELLECTUAL_PROPERTY", "LEADERSHIP");
        assertThat(json.path("dimensions")).hasSize(5);
        assertThat(json.path("dimensions").get(0).path("rating").asText()).isEqualTo("CONCERNING");
        assertThat(json.path("dimensions").get(0).path("reasons").get(0).path("findingIds")).isNotEmpty();
        assertThat(json.path("run").path("traceId").asText()).isEqualTo("trace-run-7");
        assertThat(json.path("findings")).hasSize(run.findings().size());
        assertThat(json.path("contradictions").get(0).path("warning").path("evidence").get(0).path("file").asText())
                .isEqualTo(SampleRuns.TESLA_FACTS);
        assertThat(json.path("followUps")).isNotEmpty();
        assertThat(json.path("consensus").get(0).path("agreementRate").asDouble()).isLessThan(1.0);
        assertThat(json.path("provenance")).hasSize(assessment.provenance().size());
        var press = agent(json, "press", "press");
        assertThat(press.path("usage").path("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(press.path("costUsd").asDouble()).isEqualTo(0.0004);
        assertThat(press.path("durationMs").asLong()).isEqualTo(2595);
        assertThat(press.path("startedAt").asText()).isEqualTo("2025-05-01T09:00:00.005Z");
        assertThat(agent(json, "patents", "patents").path("durationMs").isNull()).isTrue();
        assertThat(json.path("totals").path("wallClockMs").asLong()).isLessThan(json.path("totals").path("agentTimeMs").asLong());
    }

    @Test
    void json_marksDisputedFindingsWithTheirCaveatAndEvidence() throws IOException {
        // given
        var run = degradedTeslaWithTwoPressApproaches();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        new JsonReportWriter(CLOCK).write(assessment, run, directory);

        // then
        var json = new ObjectMapper().readTree(directory.resolve("assessment.json").toFile());
        var disputed = StreamSupport.stream(json.path("findings").spliterator(), false)
                .filter(f -> texts(f.path("caveats")).contains("DISPUTED")).toList();
        assertThat(disputed).hasSize(2).allSatisfy(f -> {
            assertThat(f.path("settled").asBoolean()).isFalse();
            assertThat(f.path("key").asText()).endsWith(":2");
            assertThat(f.path("evidence").get(0).path("locator").asText()).isEqualTo("row 2");
            assertThat(f.path("producedBy").path("traceId").asText()).isEqualTo("trace-press");
        });
    }

    @Test
    void html_answersFirst_withDecidingReasonsAndTheirPeriods_whatIsMissing_whatToCheck_andADimensionTable()
            throws IOException {
        // given
        var run = degradedTeslaWithTwoPressApproaches();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        new HtmlReportWriter(CLOCK).write(assessment, run, directory);

        // then
        var page = Jsoup.parse(directory.resolve("assessment.html").toFile());
        var answer = page.selectFirst("#recommendation");
        assertThat(answer.select("ol.why > li")).hasSizeBetween(3, 5);
        assertThat(answer.select("#missing li").eachText()).anySatisfy(m -> assertThat(m).contains("leadership"));
        assertThat(answer.select("#to-check li")).isNotEmpty();
        assertThat(answer.selectFirst(".formula").text()).contains("coverage").contains("agreement")
                .contains("freshness").contains("settled");
        var rows = answer.select("#dimension-table tbody tr");
        assertThat(rows).hasSize(5);
        for (var link : answer.select("#dimension-table a[href]")) {
            assertThat(page.select(link.attr("href"))).as(link.attr("href")).hasSize(1);
        }
        for (var ref : page.select("a.ref[href]")) {
            assertThat(page.select(ref.attr("href"))).as(ref.attr("href")).hasSize(1);
        }
        assertThat(page.select("#dimensions details")).isNotEmpty();
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void escalatedRun_writesAProvisionalPacket_withTheDecisionAsked_whatIsMissing_andTheCommands() throws IOException {
        // given: financials missing, the regulatory agent's non-reliance arrived, the run stopped for review
        var builder = RunBuilder.of("ABVC BioPharma, Inc.", "0001173313", "ABVC");
        long nonReliance = builder.add("regulatory", RunBuilder.finding("regulatory.non-reliance",
                Dimension.REGULATORY_LEGAL, Polarity.NEGATIVE, Severity.HIGH,
                "8-K reports Item 4.02: previously issued financial statements should no longer be relied upon",
                "item:0001213900-25-032135:4.02", RunBuilder.at(SampleRuns.ABVC_8K, "Item 4.02", "no longer be relied upon"),
                Map.of("item", "4.02", "period", "2025-04-15")));
        builder.outcome("regulatory", AgentStatus.SUCCEEDED).outcome("financials", AgentStatus.NO_EVIDENCE)
                .decision(Decision.ESCALATE, "required agent financials did not deliver (NO_EVIDENCE)");
        var run = builder.build();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        writeAll(assessment, run);

        // then
        var page = Jsoup.parse(directory.resolve("assessment.html").toFile());
        assertThat(page.title()).startsWith("PROVISIONAL");
        var packet = page.selectFirst("#review-packet");
        assertThat(packet).isNotNull();
        assertThat(packet.text()).contains("stopped for ESCALATE").contains("Accept what arrived")
                .contains("financials");
        assertThat(packet.select("code.command").eachText()).containsExactly(
                "java -jar batch-jobs/target/tributary.jar restart " + run.executionId()
                        + " review=accept reviewer=<your name> reviewNote=\"<why>\"",
                "java -jar batch-jobs/target/tributary.jar restart " + run.executionId()
                        + " review=reject reviewer=<your name> reviewNote=\"<why>\"");
        assertThat(page.select("main > section").eachAttr("id")).startsWith("review-packet", "recommendation");
        assertThat(page.select("#source-" + nonReliance)).hasSize(1);
        var json = new ObjectMapper().readTree(directory.resolve("assessment.json").toFile());
        assertThat(json.path("review").path("outcome").asText()).isEqualTo("ESCALATE");
        assertThat(json.path("review").path("commands")).hasSize(2);
        assertThat(Files.readString(directory.resolve("assessment.md"))).contains("PROVISIONAL")
                .contains("review=accept");
    }

    @Test
    void finalReport_hasNoReviewPacket() throws IOException {
        var run = degradedTeslaWithTwoPressApproaches();
        writeAll(new DueDiligenceSynthesizer().synthesise(run), run);

        assertThat(Jsoup.parse(directory.resolve("assessment.html").toFile()).select("#review-packet")).isEmpty();
        assertThat(new ObjectMapper().readTree(directory.resolve("assessment.json").toFile()).has("review")).isFalse();
    }

    @Test
    void html_groups8KItemsByItemAndYear_andLeavesEveryFindingInTheJson() throws IOException {
        // given ten Item 5.02 filings over three years
        var builder = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        for (int i = 0; i < 10; i++) {
            String year = String.valueOf(2018 + i % 3);
            builder.add("regulatory", RunBuilder.finding("regulatory.officer-change", Dimension.REGULATORY_LEGAL,
                    Polarity.NEUTRAL, Severity.LOW, "8-K 000-" + i + " filed " + year + "-01-0" + (i % 9 + 1)
                            + " reports Item 5.02 (Departure of Directors or Certain Officers): officers changed",
                    "item:000-" + i + ":5.02", RunBuilder.at("filings/submissions.json", "000-" + i, "items 5.02"),
                    Map.of("item", "5.02", "accession", "000-" + i, "year", year,
                            "filingDate", year + "-01-0" + (i % 9 + 1), "period", year + "-01-0" + (i % 9 + 1))));
        }
        var run = builder.build();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        writeAll(assessment, run);

        // then
        var page = Jsoup.parse(directory.resolve("assessment.html").toFile());
        var groups = page.select("#dimension-regulatory-legal table.items tbody tr");
        assertThat(groups).singleElement().satisfies(row -> {
            assertThat(row.text()).contains("Item 5.02").contains("2018: 4, 2019: 3, 2020: 3");
            assertThat(row.select("details .evidence")).hasSize(10);
        });
        var json = new ObjectMapper().readTree(directory.resolve("assessment.json").toFile());
        assertThat(json.path("findings")).hasSize(10);
        assertThat(json.path("findings").get(0).path("evidence")).isNotEmpty();
    }

    @Test
    void html_putsRecommendationFirstThenContradictionsThenDimensionsWithATimelineBarPerStartedAgent()
            throws IOException {
        // given
        var run = degradedTeslaWithTwoPressApproaches();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        new HtmlReportWriter(CLOCK).write(assessment, run, directory);

        // then
        var page = Jsoup.parse(directory.resolve("assessment.html").toFile());
        var sections = page.select("main > section").eachAttr("id");
        assertThat(sections).startsWith("recommendation", "contradictions", "follow-ups", "dimensions");
        assertThat(page.selectFirst("#recommendation .rec-label").text()).isEqualTo("Proceed with conditions");
        assertThat(page.select("#contradictions article.contradiction")).hasSize(assessment.contradictions().size());
        assertThat(page.selectFirst("#contradictions .check").text()).contains("Reconcile the positive press balance");
        assertThat(page.select("#dimensions article.dimension")).hasSize(5);
        var timeline = page.selectFirst("svg#timeline");
        assertThat(timeline).isNotNull();
        assertThat(timeline.select("rect.timeline-bar")).hasSize(5)
                .extracting(bar -> bar.attr("data-agent"))
                .containsExactlyInAnyOrder("financials", "press", "press (press-lexicon)", "regulatory", "leadership");
        assertThat(timeline.select("rect.timeline-bar.open")).extracting(bar -> bar.attr("data-agent"))
                .containsExactly("leadership");
        assertThat(timeline.select("text.tl-note").eachText()).contains("did not start", "no end recorded");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("link[href]").eachAttr("href")).containsOnly("data:,");
        assertThat(page.select("#source-" + assessment.contradictions().get(0).findingIds().get(0))).hasSize(1);
    }

    @Test
    void hostileClaim_isEscapedInHtmlAndMarkdownAndKeptVerbatimInJson() throws IOException {
        // given: a finding whose claim and quote carry markup
        var builder = SampleRuns.tesla();
        long id = builder.add("press", RunBuilder.finding("press.company-release", Dimension.MARKET_PERCEPTION,
                Polarity.POSITIVE, Severity.MEDIUM, HOSTILE, "release:9",
                RunBuilder.at("press/headlines.csv", "row 9", "\"><img src=x onerror=alert(1)>"), Map.of()));
        var run = builder.build();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        writeAll(assessment, run);

        // then
        var html = Files.readString(directory.resolve("assessment.html"));
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
        var page = Jsoup.parse(html);
        assertThat(page.select("script, img")).isEmpty();
        assertThat(page.select("#dimension-market-perception .claim").eachText()).anyMatch(t -> t.startsWith(HOSTILE));
        var markdown = Files.readString(directory.resolve("assessment.md"));
        assertThat(markdown).doesNotContain("<script>").doesNotContain("<img")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; \\| \\*\\*bold\\*\\* \\[link\\](http://evil)");
        var json = new ObjectMapper().readTree(directory.resolve("assessment.json").toFile());
        var stored = StreamSupport.stream(json.path("findings").spliterator(), false)
                .filter(f -> f.path("id").asLong() == id).findFirst().orElseThrow();
        assertThat(stored.path("claim").asText()).isEqualTo(HOSTILE);
    }

    @Test
    void markdown_leadsWithTheRecommendationAndListsContradictionsAndRuns() throws IOException {
        // given
        var run = SampleRuns.abvc().build();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        new MarkdownReportWriter(CLOCK).write(assessment, run, directory);

        // then
        var markdown = Files.readString(directory.resolve("assessment.md"));
        assertThat(markdown).startsWith("# Due-diligence assessment: ABVC BioPharma, Inc.");
        assertThat(markdown.indexOf("## Recommendation: Insufficient evidence"))
                .isPositive()
                .isLessThan(markdown.indexOf("## Contradictions to follow up (1)"));
        assertThat(markdown).contains("### 1. Regulatory red flag against upbeat publicity (CRITICAL)")
                .contains("Revenue Surges 234%")
                .contains("| Regulatory and legal | Concerning |")
                .contains("| regulatory | regulatory | SUCCEEDED |");
    }

    @Test
    void writingAgain_replacesTheEarlierReportAndLeavesNoTemporaryFile() throws IOException {
        // given
        var run = SampleRuns.apple().build();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);
        new JsonReportWriter(CLOCK).write(assessment, run, directory);

        // when
        var later = Clock.offset(CLOCK, Duration.ofHours(1));
        new JsonReportWriter(later).write(assessment, run, directory.resolve("."));

        // then
        var json = new ObjectMapper().readTree(directory.resolve("assessment.json").toFile());
        assertThat(json.path("generatedAt").asText()).isEqualTo("2025-05-01T10:10:00Z");
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("assessment.json");
        }
    }

    @Test
    void missingDirectory_isCreated() throws IOException {
        // given
        var run = SampleRuns.apple().build();
        var nested = directory.resolve("runs/7/report");

        // when
        var files = new HtmlReportWriter(CLOCK).write(new DueDiligenceSynthesizer().synthesise(run), run, nested);

        // then
        assertThat(files).containsExactly(nested.resolve("assessment.html"));
        assertThat(nested.resolve("assessment.html")).isRegularFile();
    }

    @Test
    void runWithoutPolicyDecision_isInsufficientEvidenceAndStillRenders() throws IOException {
        // given: a snapshot read before any decision was stored
        var tesla = SampleRuns.tesla().build();
        var run = RunBuilder.copy(tesla, null, tesla.outcomes(), "");
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        writeAll(assessment, run);

        // then
        assertThat(assessment.recommendation().name()).isEqualTo("INSUFFICIENT_EVIDENCE");
        var json = new ObjectMapper().readTree(directory.resolve("assessment.json").toFile());
        assertThat(json.path("decision").isNull()).isTrue();
        var page = Jsoup.parse(directory.resolve("assessment.html").toFile());
        assertThat(page.selectFirst("#recommendation .rec-label").text()).isEqualTo("Insufficient evidence");
        assertThat(page.select(".decision")).isEmpty();
        assertThat(Files.readString(directory.resolve("assessment.md"))).contains("policy decision is missing");
    }

    private List<Path> writeAll(Assessment assessment, RunSnapshot run) throws IOException {
        var written = new ArrayList<Path>();
        written.addAll(new JsonReportWriter(CLOCK).write(assessment, run, directory));
        written.addAll(new MarkdownReportWriter(CLOCK).write(assessment, run, directory));
        written.addAll(new HtmlReportWriter(CLOCK).write(assessment, run, directory));
        return written;
    }

    /**
     * Tesla-like, with a second press approach that disagrees on headline 2, leadership still
     * running without an end, and patents never started.
     */
    static RunSnapshot degradedTeslaWithTwoPressApproaches() {
        var builder = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        var tesla = SampleRuns.tesla().build();
        tesla.findings().stream().filter(f -> !f.agent().equals("patents") && !f.agent().equals("leadership"))
                .forEach(f -> builder.add(f.agent(), f.approach(), f.finding()));
        for (int row = 1; row <= 4; row++) {
            builder.add("press", "press-lexicon", SampleRuns.headline(row, row == 4 || row == 2 ? "bearish" : "bullish"));
        }
        var outcomes = new ArrayList<>(tesla.outcomes());
        return builder
                .outcome("financials", "financials", AgentStatus.SUCCEEDED, 0L, 1200L, Usage.local(Duration.ofMillis(1200)), 0)
                .outcome("leadership", "leadership", AgentStatus.RUNNING, 20L, null, Usage.NONE, 0)
                .outcome("patents", "patents", AgentStatus.FAILED, null, null, Usage.NONE, 0)
                .outcome("press", "press", AgentStatus.SUCCEEDED, 5L, 2600L,
                        new Usage(4, 1800, 240, Duration.ofMillis(2500), "gpt-4o-mini"), 0.0004)
                .outcome("press", "press-lexicon", AgentStatus.SUCCEEDED, 8L, 300L, Usage.local(Duration.ofMillis(290)), 0)
                .outcome("regulatory", "regulatory", AgentStatus.SUCCEEDED, 10L, 1900L,
                        Usage.local(Duration.ofMillis(1890)), 0)
                .decision(Decision.DEGRADED, outcomes.isEmpty() ? "" : "quorum 3 of 5 met; leadership and patents missing")
                .build();
    }

    private static JsonNode agent(JsonNode json, String agent, String approach) {
        return StreamSupport.stream(json.path("agents").spliterator(), false)
                .filter(a -> a.path("agent").asText().equals(agent) && a.path("approach").asText().equals(approach))
                .findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
