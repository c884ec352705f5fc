package io.tributary.it.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.source.Target;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.run.StoredFinding;
import io.tributary.synthesis.Dimension;
import io.tributary.synthesis.DueDiligenceSynthesizer;
import io.tributary.synthesis.report.HtmlReportWriter;
import io.tributary.synthesis.report.JsonReportWriter;
import io.tributary.synthesis.report.MarkdownReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the HTML report in a real headless Chromium: the page must load without console errors,
 * show the recommendation first, draw the timeline with one bar per agent that started, and run
 * no script even when a finding's claim carries one. Screenshots go to {@code target/} for a
 * person to look at.
 */
class ReportInBrowserIT {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Instant T0 = Instant.parse("2025-05-01T09:00:00Z");
    private static final String HOSTILE = "Record deliveries <script>document.title='owned'</script>";

    @TempDir
    Path reportDirectory;
    @TempDir
    Path profile;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("ReportInBrowserIT needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install the Debian packages chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver)");
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void htmlReport_showsRecommendationFirstAndATimelineBarPerAgentWithoutConsoleErrors() throws IOException {
        // given: a report written by the writers from a hand-built run
        var run = run();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);
        new JsonReportWriter().write(assessment, run, reportDirectory);
        new MarkdownReportWriter().write(assessment, run, reportDirectory);
        var page = new HtmlReportWriter().write(assessment, run, reportDirectory).get(0);

        // when
        browser.get(page.toUri().toString());

        // then
        var severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(severe).as("severe browser console messages").isEmpty();
        var recommendation = browser.findElement(By.id("recommendation"));
        assertThat(recommendation.isDisplayed()).isTrue();
        assertThat(recommendation.findElement(By.className("rec-label")).getText()).isEqualTo("Proceed with conditions");
        assertThat(recommendation.getLocation().getY()).as("recommendation is the first thing below the title")
                .isLessThan(250);
        var contradictions = browser.findElement(By.id("contradictions"));
        assertThat(contradictions.getLocation().getY()).isGreaterThan(recommendation.getLocation().getY());
        assertThat(contradictions.findElements(By.cssSelector("article.contradiction"))).hasSize(1);
        var timeline = browser.findElement(By.id("timeline"));
        assertThat(timeline.isDisplayed()).isTrue();
        var bars = timeline.findElements(By.className("timeline-bar"));
        assertThat(bars).hasSize(4).allSatisfy(bar -> {
            assertThat(bar.isDisplayed()).isTrue();
            assertThat(bar.getSize().getWidth()).isPositive();
        });
        assertThat(bars.get(0).getLocation().getX()).as("parallel agents start at the same place")
                .isLessThan(bars.get(1).getLocation().getX() + bars.get(1).getSize().getWidth());
        var js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return document.scripts.length")).isEqualTo(0L);
        assertThat(browser.getTitle()).doesNotContain("owned");
        assertThat(browser.getPageSource()).contains("&lt;script&gt;document.title");
        screenshots(js);
    }

    @Test
    void auditReport_ofTheShippedJobsDrill_opensWithEveryCaseAndTheVerdictFirst() throws Exception {
        // given: the audit of the shipped job with its drill, as `tributary audit due-diligence --drill` writes it
        Path dossier = io.tributary.it.support.ItRuntime.dossier(profile.resolve("dossier"), "Audit, Inc.");
        var outcome = io.tributary.core.audit.AuditRun.run("due-diligence", true, 500,
                io.tributary.it.support.ItRuntime.params("dossier", dossier.toString()), reportDirectory,
                (s, e, d) -> io.tributary.jobs.launcher.ExitCode.of(s, e, d).code(), java.time.Clock.systemUTC());
        Path page = reportDirectory.resolve(io.tributary.synthesis.report.AuditReportWriter.HTML);

        // when
        browser.get(page.toUri().toString());

        // then
        var severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(severe).as("severe browser console messages").isEmpty();
        var verdict = browser.findElement(By.id("verdict"));
        assertThat(verdict.getText()).startsWith("Passed");
        assertThat(verdict.getLocation().getY()).isLessThan(250);
        assertThat(browser.findElement(By.id("drill")).findElements(By.cssSelector("tr.case")))
                .hasSize(outcome.report().drill().cases().size());
        assertThat(browser.findElements(By.cssSelector("tr.case-fail"))).isEmpty();
        assertThat(browser.findElement(By.id("owners")).getText()).contains("Legal and compliance");
        var js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return document.scripts.length")).isEqualTo(0L);
        Files.createDirectories(Path.of("target"));
        Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target",
                "audit-report-in-browser.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Saves the first screen and the whole page under target/. */
    @Test
    void provisionalPacket_ofAnEscalatedRun_opensInTheBrowser_withTheCommandsOnTheFirstScreen() throws IOException {
        // given: the report written when the run stopped for review
        var run = run(Decision.ESCALATE);
        var assessment = new DueDiligenceSynthesizer().synthesise(run);
        var page = new HtmlReportWriter().write(assessment, run, reportDirectory).get(0);

        // when
        browser.get(page.toUri().toString());

        // then
        assertThat(browser.getTitle()).startsWith("PROVISIONAL");
        var packet = browser.findElement(By.id("review-packet"));
        assertThat(packet.isDisplayed()).isTrue();
        assertThat(packet.getLocation().getY()).as("the packet is the first thing below the title").isLessThan(250);
        var commands = packet.findElements(By.cssSelector("code.command"));
        assertThat(commands).hasSize(2).allSatisfy(c -> {
            assertThat(c.isDisplayed()).isTrue();
            assertThat(c.getLocation().getY()).as("commands on the first screen").isLessThan(1000);
        });
        assertThat(commands.get(0).getText()).contains("restart 31 review=accept");
        assertThat(commands.get(1).getText()).contains("restart 31 review=reject");
        var target = Path.of("target");
        Files.createDirectories(target);
        Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(),
                target.resolve("review-packet-in-browser.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void screenshots(JavascriptExecutor js) throws IOException {
        var target = Path.of("target");
        Files.createDirectories(target);
        var firstScreen = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(firstScreen, target.resolve("report-in-browser.png"), StandardCopyOption.REPLACE_EXISTING);
        var height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).intValue();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, Math.min(height + 100, 8000)));
        var fullPage = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(fullPage, target.resolve("report-in-browser-full.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Tesla-like: losses against bullish press, leadership without evidence, patents never started. */
    private static RunSnapshot run() {
        return run(Decision.DEGRADED);
    }

    private static RunSnapshot run(Decision outcome) {
        var findings = new ArrayList<StoredFinding>();
        var facts = "financials/companyfacts-CIK0001318605.json";
        String[][] losses = {{"2017", "-1961400000"}, {"2018", "-976091000"}, {"2019", "-862000000"}};
        for (var loss : losses) {
            findings.add(stored(findings.size(), "financials", finding("financials.net-loss",
                    Dimension.FINANCIAL_HEALTH, Polarity.NEGATIVE, Severity.HIGH,
                    "Net loss of " + loss[1] + " USD in FY" + loss[0], "net-loss:FY" + loss[0],
                    new Evidence(facts, "us-gaap:NetIncomeLoss FY" + loss[0], loss[1]),
                    Map.of("fiscalYear", loss[0], "value", loss[1], "unit", "USD"))));
        }
        findings.add(stored(findings.size(), "press", finding("press.sentiment-balance", Dimension.MARKET_PERCEPTION,
                Polarity.POSITIVE, Severity.MEDIUM, "Press coverage leans bullish: 7 bullish, 2 bearish, 3 neutral",
                "sentiment-balance", new Evidence("press/headlines.csv", "rows 1-12", ""),
                Map.of("bullish", "7", "bearish", "2", "neutral", "3"))));
        findings.add(stored(findings.size(), "press", finding("press.company-release", Dimension.MARKET_PERCEPTION,
                Polarity.POSITIVE, Severity.LOW, HOSTILE, "release:4",
                new Evidence("press/headlines.csv", "row 4", "Record deliveries"), Map.of())));
        findings.add(stored(findings.size(), "regulatory", finding("regulatory.items-by-year",
                Dimension.REGULATORY_LEGAL, Polarity.NEUTRAL, Severity.LOW, "8-K filings 2013-2022: no Item 4.02",
                "items-by-year", new Evidence("filings/submissions-CIK0001318605.json", "filings.recent", ""),
                Map.of())));
        var outcomes = List.of(
                outcome("financials", AgentStatus.SUCCEEDED, 0, 1200L, Usage.local(Duration.ofMillis(1200)), 0),
                outcome("leadership", AgentStatus.NO_EVIDENCE, 30, 260L, Usage.NONE, 0),
                new AgentOutcome("patents", "patents", AgentStatus.FAILED, 0, 0, 0, 0, null, null, Usage.NONE, 0,
                        "no outcome recorded: the agent's step never ran", true, ""),
                outcome("press", AgentStatus.SUCCEEDED, 10, 2600L,
                        new Usage(12, 5400, 620, Duration.ofMillis(2500), "gpt-4o-mini"), 0.0012),
                outcome("regulatory", AgentStatus.SUCCEEDED, 20, 1900L, Usage.local(Duration.ofMillis(1880)), 0));
        var decision = new PolicyDecision(outcome, outcome == Decision.DEGRADED ? "quorum 3 of 5 met"
                : "required agent leadership did not deliver", List.of("leadership", "patents"),
                "quorum(3 of 5)", outcomes, "", T0.plusSeconds(3));
        return new RunSnapshot(12, 31, "due-diligence", new Target("Tesla, Inc.", "0001318605", "TSLA").subject(),
                new AgentInput.Directory(Path.of("dossiers/tesla")), List.of("financials", "press", "regulatory", "patents",
                        "leadership"), List.of(), decision, outcomes, findings, "4bf92f3577b34da6a3ce929d0e0e4736", List.of());
    }

    private static AgentOutcome outcome(String agent, AgentStatus status, long startMs, Long endMs, Usage usage,
            double cost) {
        return new AgentOutcome(agent, agent, status, 1, 1, 1, 1, T0.plusMillis(startMs),
                endMs == null ? null : T0.plusMillis(endMs), usage, cost, "", false, "trace-" + agent);
    }

    private static Finding finding(String topic, Dimension dimension, Polarity polarity, Severity severity,
            String claim, String key, Evidence evidence, Map<String, String> attributes) {
        return new Finding(key, dimension.name(), topic, claim, polarity, severity, 0.9, List.of(evidence), attributes,
                Set.of());
    }

    private static StoredFinding stored(int index, String agent, Finding finding) {
        return new StoredFinding(1000 + index, agent, agent, "*", finding, 31, 700 + index, "trace-" + agent);
    }
}
