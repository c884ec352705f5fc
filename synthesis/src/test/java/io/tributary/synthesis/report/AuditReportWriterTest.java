package io.tributary.synthesis.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.audit.AuditReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditReportWriterTest {

    @TempDir
    Path tmp;

    private static AuditReport report(boolean secondCasePasses, AuditReport.Drill drill) {
        return new AuditReport("due-diligence", "META-INF/batch-jobs/due-diligence.xml", "ab12", "0.2.0", "3.1.0.Final",
                "required financials+regulatory and at least 3", List.of(new AuditReport.Finding("owner", "press",
                        "agent role 'press' has no owner <b>")), List.of(new AuditReport.Owner("press", ""),
                        new AuditReport.Owner("financials", "Treasury")),
                drill, Instant.parse("2026-12-01T08:00:00Z"), "host-1");
    }

    private static AuditReport.Drill drill(boolean secondPasses) {
        return new AuditReport.Drill("every combination", List.of(
                new AuditReport.Case(1, "financials=SUCCEEDED", "PROCEED (COMPLETED, exit 0)",
                        "PROCEED (COMPLETED, exit 0)", true, "all delivered"),
                new AuditReport.Case(2, "financials=TIMED_OUT", "RETRY (STOPPED, exit 4)", "FAIL (FAILED, exit 1)",
                        secondPasses, "custom")), Duration.ofSeconds(12));
    }

    @Test
    void htmlAndJson_listEveryCase_theFindingsEscaped_andTheVerdict() throws Exception {
        List<Path> files = new AuditReportWriter().write(report(false, drill(false)), tmp.resolve("audit"));
        String html = Files.readString(files.get(1));
        assertThat(html).contains("id=\"verdict\"").contains("Failed").contains("SHA-256 <code>ab12</code>")
                .contains("&lt;b&gt;").doesNotContain("<b>").contains("nobody named").contains("Treasury");
        assertThat(html.split("class=\"case ", -1)).hasSize(3);
        assertThat(html).contains("case-fail").contains("1 not as declared");
        String json = Files.readString(files.get(0));
        assertThat(json).contains("\"passed\" : false").contains("\"sha256\" : \"ab12\"")
                .contains("\"injected\" : \"financials=TIMED_OUT\"");
    }

    @Test
    void withoutDrill_saysNoDrillRan() throws Exception {
        List<Path> files = new AuditReportWriter().write(report(true, null), tmp);
        assertThat(Files.readString(files.get(1))).contains("no drill ran").doesNotContain("id=\"drill\"");
    }
}
