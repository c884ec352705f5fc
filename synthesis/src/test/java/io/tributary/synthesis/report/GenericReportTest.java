package io.tributary.synthesis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.FindingGroup;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.run.Subject;
import io.tributary.api.synthesis.Conclusion;
import io.tributary.api.synthesis.FollowUp;
import io.tributary.api.synthesis.Provenance;
import io.tributary.api.synthesis.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report writers render a synthesis of any job, with that job's groups and none of due diligence's words. */
class GenericReportTest {

    private static final Instant T0 = Instant.parse("2025-05-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void conclusionOfAnotherJob_rendersItsVerdictGroupsAndProvenance_inAllFormats() throws IOException {
        var run = releaseRun();
        var conclusion = new Conclusion("NOT_READY", 0.7, "One licence is unknown.",
                List.of(new Statement("One licence is unknown", List.of(11L))), List.of(),
                List.of(new FollowUp(Severity.HIGH, "Identify the licence of vendor/lib", List.of(11L))), List.of(),
                List.of(new Provenance(11, "licences", "licences", "", 5, 6, "", List.of(
                        new Evidence("vendor/lib/LICENSE", "line 1", "Proprietary")))));

        new JsonReportWriter(CLOCK).write(conclusion, run, directory);
        new MarkdownReportWriter(CLOCK).write(conclusion, run, directory);
        new HtmlReportWriter(CLOCK).write(conclusion, run, directory);

        var json = new ObjectMapper().readTree(directory.resolve("assessment.json").toFile());
        assertThat(json.path("schema").asText()).isEqualTo("tributary.report/1");
        assertThat(json.path("recommendation").asText()).isEqualTo("NOT_READY");
        assertThat(json.path("target").has("cik")).isFalse();
        assertThat(json.path("target").path("attributes").path("commit").asText()).isEqualTo("abc123");
        assertThat(json.path("run").path("inputKind").asText()).isEqualTo("directory");
        assertThat(json.path("run").has("dossier")).isFalse();
        assertThat(json.path("dimensions").findValuesAsText("dimension")).containsExactly("licences", "tests");
        assertThat(json.path("dimensions").get(0).has("rating")).isFalse();
        assertThat(json.path("dimensions").get(0).path("findingIds").get(0).asLong()).isEqualTo(11);
        assertThat(json.path("missingDimensions").get(0).asText()).isEqualTo("tests");

        var markdown = Files.readString(directory.resolve("assessment.md"));
        assertThat(markdown).startsWith("# Report: tributary").contains("## Verdict: Not ready")
                .contains("## Findings by group").contains("### Licences\n").contains("vendor/lib/LICENSE")
                .contains("input (directory) /repos/tributary").doesNotContainIgnoringCase("due-diligence")
                .doesNotContain("Dimension").doesNotContain("Recommendation");
        var html = Jsoup.parse(Files.readString(directory.resolve("assessment.html")));
        assertThat(html.select("#dimensions h3").eachText()).containsExactly("Licences", "tests");
        assertThat(html.select("#source-11")).hasSize(1);
        assertThat(html.text()).contains("Verdict").doesNotContain("Due-diligence").doesNotContain("CIK");
    }

    private static RunSnapshot releaseRun() {
        var licence = Finding.of("licence:vendor/lib", "licences", "licences.unknown", "vendor/lib has no known licence",
                Polarity.NEGATIVE, Severity.HIGH, 0.9, List.of(new Evidence("vendor/lib/LICENSE", "line 1", "Proprietary")));
        var outcomes = List.of(new AgentOutcome("licences", "licences", AgentStatus.SUCCEEDED, 1, 1, 1, 1, T0,
                T0.plusSeconds(2), Usage.NONE, 0, "", false, ""));
        var decision = new PolicyDecision(Decision.PROCEED, "all 1 agents delivered", List.of(), "all", outcomes, "",
                T0.plusSeconds(3));
        return new RunSnapshot(9, 5, "release-readiness", new Subject("tributary", "tributary", Map.of("commit", "abc123")),
                new AgentInput.Directory(Path.of("/repos/tributary")), List.of("licences"),
                List.of(new FindingGroup("licences", "Licences"), FindingGroup.of("tests")), decision, outcomes,
                List.of(new StoredFinding(11, "licences", "licences", "*", licence, 5, 6, "")), "", List.of());
    }
}
