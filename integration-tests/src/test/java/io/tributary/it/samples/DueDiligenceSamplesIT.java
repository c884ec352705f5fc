package io.tributary.it.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.run.StoredFinding;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference job on the bundled Tesla, Apple and ABVC dossiers: decisions, findings, contradictions, reports. */
class DueDiligenceSamplesIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SAMPLES = Path.of(System.getProperty("tributary.samples", "../batch-jobs/samples"));

    @TempDir
    static Path tmp;
    static ItRuntime it;

    @BeforeAll
    static void start() {
        // the reports go to folders of the test's own, beside the work directory: an operator's setting
        it = ItRuntime.start(tmp.resolve("home"), java.util.Map.of("reports.outside.home", "true"));
    }

    @AfterAll
    static void stop() {
        it.close();
    }

    /** The HTML report of the Tesla sample stays under this size (about 55 KB today). */
    static final long HTML_BUDGET_BYTES = 60 * 1024;
    /** The Markdown report of the Tesla sample stays under this size (about 20 KB today). */
    static final long MARKDOWN_BUDGET_BYTES = 40 * 1024;

    @Test
    void readmeMainCommand_onTheTeslaSample_writesAReport() throws Exception {
        Path home = tmp.resolve("readme-home");
        LauncherProcess.Result r = LauncherProcess.run(home, false, "run", "due-diligence",
                "dossier=" + SAMPLES.resolve("tesla"), "--json", "--quiet");

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode summary = JSON.readTree(r.stdout());
        assertThat(summary.get("agents").findValuesAsText("status")).containsOnly("SUCCEEDED");
        List<String> files = StreamSupport.stream(summary.get("report").get("files").spliterator(), false)
                .map(JsonNode::asText).toList();
        assertThat(files).anyMatch(f -> f.endsWith("assessment.html")).anyMatch(f -> f.endsWith("assessment.md"))
                .anyMatch(f -> f.endsWith("assessment.json"));
        assertThat(summary.get("partitions")).isNotEmpty();
        for (String f : files) {
            assertThat(Path.of(f)).isRegularFile().isNotEmptyFile();
        }
        // the page answers within a size budget; the JSON keeps every finding with its evidence
        Path html = files.stream().filter(f -> f.endsWith("assessment.html")).map(Path::of).findFirst().orElseThrow();
        assertThat(Files.size(html)).as("Tesla HTML report size").isLessThan(HTML_BUDGET_BYTES);
        Path markdown = html.resolveSibling("assessment.md");
        assertThat(Files.size(markdown)).as("Tesla Markdown report size").isLessThan(MARKDOWN_BUDGET_BYTES);
        // a reason names at most five findings and says how many more; the 8-K filings fold into a table by item
        String md = Files.readString(markdown);
        assertThat(md).doesNotContainPattern("\\(#\\d+(, #\\d+){5}").contains(" more)").contains("| 8-K item |")
                .contains("more in assessment.json");
        JsonNode json = JSON.readTree(html.resolveSibling("assessment.json").toFile());
        assertThat(json.get("findings")).hasSize(json.get("totals").get("findings").asInt());
        assertThat(json.get("findings")).allSatisfy(f -> assertThat(f.get("evidence")).isNotEmpty());
    }

    @Test
    void tesla_fiveProfitableYearsDecide_theOldLossesAreHistory_andThreePressApproachesAreCompared() throws Exception {
        JsonNode report = run("tesla", "press.approaches", "press,press-lexicon,press-embeddings", "press.batchSize", "25");

        // the financial judgement rests on FY2020-FY2024, not on the losses of FY2009-FY2019
        JsonNode financial = first(report.get("dimensions"), "dimension", "FINANCIAL_HEALTH");
        assertThat(financial.get("rating").asText()).isNotIn("WEAK", "CONCERNING");
        assertThat(first(report.get("contradictions"), "rule", "financials-vs-press")).isNull();
        JsonNode history = first(report.get("findings"), "topic", "financials.loss-history");
        assertThat(history.get("attributes").get("period").asText()).isEqualTo("FY2009-FY2019");
        assertThat(history.get("severity").asText()).isEqualTo("INFO");
        assertThat(first(report.get("findings"), "topic", "financials.profitability").get("attributes")
                .get("period").asText()).isEqualTo("FY2020-FY2024");
        String html = Files.readString(reportDir(report).resolve("assessment.html"));

        // leadership is judged on 2020-2022, the latest three years of filings; the 2018-2019 peaks are history
        JsonNode leadership = first(report.get("dimensions"), "dimension", "LEADERSHIP");
        assertThat(leadership.get("rating").asText()).isNotIn("WEAK", "CONCERNING");
        JsonNode peaks = first(report.get("findings"), "topic", "leadership.turnover-history");
        assertThat(peaks.get("attributes").get("period").asText()).isEqualTo("2014-2019");
        assertThat(peaks.get("claim").asText()).contains("2018 (7) and 2019 (4), before the 3-year window");
        assertThat(first(report.get("findings"), "topic", "leadership.stable-management").get("attributes")
                .get("period").asText()).isEqualTo("2020-2022");
        assertThat(first(report.get("contradictions"), "rule", "turnover-vs-stability")).isNull();
        String md = Files.readString(reportDir(report).resolve("assessment.md"));
        for (String page : List.of(html, md)) {
            assertThat(page).contains("History, shown for context and not weighed").contains("History before 2020-2022")
                    .contains("History before FY2020-FY2024");
        }

        // the three press approaches ran on the same headlines: the agreement rate is reported, disputes marked
        JsonNode consensus = first(report.get("consensus"), "agent", "press");
        assertThat(consensus.get("approaches").toString()).contains("press-lexicon", "press-embeddings");
        double rate = consensus.get("agreementRate").asDouble();
        assertThat(rate).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(consensus.get("compared").asInt()).isEqualTo(115 + 1);
        assertThat(report.get("findings").toString()).contains("DISPUTED");
        assertThat(html).containsIgnoringCase("agreement").contains("DISPUTED");

        // press ran as partitions of 25 headlines, 5 per approach for 3 approaches: the fan-out is in the report
        JsonNode fanOut = first(report.get("partitions"), "approach", "press-lexicon");
        assertThat(fanOut.get("partitions").asInt()).isEqualTo(15);
        assertThat(fanOut.get("concurrency").asInt()).isEqualTo(4);
        assertThat(fanOut.get("settled").asInt()).isEqualTo(5);
        assertThat(html).contains("id=\"partitions\"");
    }

    @Test
    void apple_hasNoHighSeverityContradiction_noNonReliance_andNoRedFlagFromConditionalLanguage() throws Exception {
        JsonNode report = run("apple");

        for (JsonNode c : report.get("contradictions")) {
            assertThat(c.get("severity").asText()).isNotIn("HIGH", "CRITICAL");
        }
        assertThat(report.get("findings").findValuesAsText("topic")).doesNotContain("regulatory.non-reliance");
        // its 10-K names investigations only as possibilities: an observation, no red flag against the press
        assertThat(first(report.get("contradictions"), "rule", "regulatory-vs-publicity")).isNull();
        assertThat(report.get("decision").get("outcome").asText()).isEqualTo("DEGRADED");
        assertThat(report.get("decision").get("missingAgents").toString()).contains("patents");
    }

    @Test
    void abvc_nonRelianceIsHighSeverity_contradictsTheGlowingRelease_andEvidenceIsInsufficient() throws Exception {
        JsonNode report = run("abvc", "policy", "best-effort");

        JsonNode nonReliance = first(report.get("findings"), "topic", "regulatory.non-reliance");
        assertThat(nonReliance).isNotNull();
        assertThat(nonReliance.get("severity").asText()).isIn("HIGH", "CRITICAL");
        JsonNode contradiction = first(report.get("contradictions"), "rule", "regulatory-vs-publicity");
        assertThat(contradiction).isNotNull();
        assertThat(contradiction.get("check").asText()).isNotBlank();
        assertThat(report.get("recommendation").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
        long noEvidence = StreamSupport.stream(report.get("agents").spliterator(), false)
                .filter(a -> a.get("status").asText().equals("NO_EVIDENCE")).count();
        assertThat(noEvidence).isGreaterThanOrEqualTo(2);
    }

    @Test
    void abvcWithoutFinancials_escalatesUnderTheDefaultPolicy_writesAProvisionalPacket_andAcceptingWritesTheFinal()
            throws Exception {
        // given the ABVC dossier, which has no financials, under the default policy (financials required)
        Path dir = tmp.resolve("reports-abvc-review");
        JobExecution first = it.run("due-diligence", ItRuntime.params("dossier",
                SAMPLES.resolve("abvc").toAbsolutePath().toString(), "reportDir", dir.toString()));

        // then the run stops for review and the reviewer has a provisional report of what arrived
        assertThat(first.getExitStatus()).isEqualTo("ESCALATE");
        JsonNode packet = JSON.readTree(dir.resolve("assessment.json").toFile());
        assertThat(packet.get("review").get("outcome").asText()).isEqualTo("ESCALATE");
        assertThat(packet.get("review").get("commands").toString())
                .contains("restart " + first.getExecutionId() + " review=accept", "review=reject");
        assertThat(packet.get("review").get("missing").toString()).contains("financials");
        assertThat(packet.get("findings").findValuesAsText("topic")).contains("regulatory.non-reliance");
        String html = Files.readString(dir.resolve("assessment.html"));
        assertThat(html).contains("id=\"review-packet\"", "PROVISIONAL", "review=accept", "review=reject");
        assertThat(it.runtime().store().run(it.runId(first.getExecutionId())).orElseThrow().reportDir())
                .hasValueSatisfying(d -> assertThat(d).isEqualTo(dir.toAbsolutePath()));

        // when the reviewer accepts
        JobExecution accepted = it.restart(first.getExecutionId(), ItRuntime.params("review", "accept",
                "reviewer", "lead", "reviewNote", "financials to follow"));

        // then the run goes on and the final report replaces the packet
        assertThat(accepted.getExitStatus()).isEqualTo("DEGRADED");
        JsonNode last = JSON.readTree(dir.resolve("assessment.json").toFile());
        assertThat(last.has("review")).isFalse();
        assertThat(Files.readString(dir.resolve("assessment.html"))).doesNotContain("id=\"review-packet\"");
    }

    @Test
    void retryStop_thenRestart_reRunsOnlyWhatFailed_andTheReportHasEveryAgentOnce() throws Exception {
        // given a deadline no agent can meet: every agent times out, which retrying can fix
        JobExecution first = it.run("due-diligence", ItRuntime.params("dossier",
                SAMPLES.resolve("boeing").toAbsolutePath().toString(), "agentTimeout", "PT0.001S",
                "reportDir", tmp.resolve("reports-retry").toString()));
        assertThat(first.getExitStatus()).isEqualTo("RETRY");

        // when it is restarted with a workable deadline
        JobExecution second = it.restart(first.getExecutionId(), ItRuntime.params("agentTimeout", "PT2M"));

        // then it completes and the report lists each agent once, each finding once
        assertThat(second.getExitStatus()).isIn("PROCEED", "DEGRADED");
        JsonNode report = JSON.readTree(tmp.resolve("reports-retry").resolve("assessment.json").toFile());
        List<String> agents = StreamSupport.stream(report.get("agents").spliterator(), false)
                .map(a -> a.get("agent").asText() + "/" + a.get("approach").asText()).toList();
        assertThat(agents).doesNotHaveDuplicates().hasSize(5);
        List<String> keys = StreamSupport.stream(report.get("findings").spliterator(), false)
                .map(f -> f.get("agent").asText() + "/" + f.get("item").asText() + "/" + f.get("key").asText()).toList();
        assertThat(keys).doesNotHaveDuplicates().isNotEmpty();
    }

    private static JsonNode run(String sample, String... params) throws Exception {
        String[] all = new String[params.length + 4];
        all[0] = "dossier";
        all[1] = SAMPLES.resolve(sample).toAbsolutePath().toString();
        all[2] = "reportDir";
        all[3] = tmp.resolve("reports-" + sample).toString();
        System.arraycopy(params, 0, all, 4, params.length);
        JobExecution e = it.run("due-diligence", ItRuntime.params(all));
        long runId = it.runId(e.getExecutionId());
        List<AgentOutcome> outcomes = it.runtime().store().outcomes(runId);
        assertThat(outcomes).extracting(AgentOutcome::status).doesNotContain(AgentStatus.FAILED, AgentStatus.RUNNING);
        List<StoredFinding> findings = it.runtime().store().findings(runId);
        assertThat(findings).allSatisfy(f -> assertThat(f.traceId()).isNotBlank());
        return JSON.readTree(tmp.resolve("reports-" + sample).resolve("assessment.json").toFile());
    }

    private static Path reportDir(JsonNode report) {
        return tmp.resolve("reports-tesla");
    }

    private static JsonNode first(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        return null;
    }
}
