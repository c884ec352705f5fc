package io.tributary.agents.patents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.source.Dimensions;
import io.tributary.agents.source.Target;
import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.run.AgentInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patents agent on the real Tesla search result and on small hand-made ones. */
class PatentsAgentTest {

    private static final Target TESLA = new Target("Tesla, Inc.", "0001318605", "TSLA");
    private static final Clock APRIL_2024 = Clock.fixed(Instant.parse("2024-04-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void teslaSearch_fiftyDocuments_splitInto19Grants30Applications1Design() {
        Map<String, Finding> findings = byTopic(new PatentsAgent(APRIL_2024).analyse(task(teslaSample())));

        Finding size = findings.get("patents.portfolio-size");
        assertThat(size.attributes()).containsEntry("documents", "50").containsEntry("numFound", "1141");
        assertThat(size.claim()).contains("50 patent documents").contains("1,141");
        assertThat(size.evidence()).contains(new Evidence("patents/tesla-uspto-search-2023-12_2024-03.json",
                "numFound", "1141"));
        Finding split = findings.get("patents.kind-split");
        assertThat(split.attributes()).containsEntry("grants", "19").containsEntry("applications", "30")
                .containsEntry("designs", "1").containsEntry("plants", "0").containsEntry("reissues", "0")
                .containsEntry("other", "0");
        assertThat(split.evidence()).extracting(Evidence::locator)
                .containsExactly("US-11932078-B2", "US-20240085203-A1", "US-D1017512-S");
        assertThat(findings.values()).allSatisfy(f -> assertThat(f.group()).isEqualTo(Dimensions.INTELLECTUAL_PROPERTY));
    }

    @Test
    void teslaSearch_publishedDecember2023ToMarch2024_isRecentInApril2024_andDormantIn2028() {
        Finding inApril = byTopic(new PatentsAgent(APRIL_2024).analyse(task(teslaSample()))).get("patents.recency");
        Clock in2028 = Clock.fixed(Instant.parse("2028-01-01T00:00:00Z"), ZoneOffset.UTC);
        Finding in2028Finding = byTopic(new PatentsAgent(in2028).analyse(task(teslaSample()))).get("patents.recency");

        assertThat(inApril.attributes()).containsEntry("earliest", "2023-12-07").containsEntry("latest", "2024-03-19")
                .containsEntry("monthsSinceLatest", "0");
        assertThat(inApril.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(in2028Finding.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(in2028Finding.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void teslaSearch_themesComeFromRecurringTitleWords() {
        Finding themes = byTopic(new PatentsAgent(APRIL_2024).analyse(task(teslaSample()))).get("patents.themes");

        System.out.println("Tesla themes: " + themes.claim());
        assertThat(themes.attributes().get("themes")).startsWith("vehicle (9), autonomous (6), battery (5)");
        assertThat(themes.attributes().get("phrases")).contains("machine learning (3)").contains("energy storage (3)");
        assertThat(themes.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.locator()).startsWith("US-"));
    }

    @Test
    void teslaSearch_leadInventorsAreSpread_topTwoEachOnThreeOfFiftyDocuments() {
        Finding concentration = byTopic(new PatentsAgent(APRIL_2024).analyse(task(teslaSample())))
                .get("patents.inventor-concentration");

        System.out.println("Tesla inventors: " + concentration.claim());
        assertThat(concentration.attributes()).containsEntry("topInventors", "Duong; Hieu Minh, LIU; James Zhou")
                .containsEntry("topCount", "3").containsEntry("topShare", "0.060")
                .containsEntry("distinctLeadInventors", "42").containsEntry("documentsNamingInventor", "50");
        assertThat(concentration.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(concentration.evidence()).hasSize(6);
    }

    @Test
    void oneInventorOnMostDocuments_isHighKeyPersonRisk() throws IOException {
        write("patents/search.json", search(
                doc("US-11000001-B2", "2024-01-02", "Battery cell", "Smith; Ann et al."),
                doc("US-11000002-B2", "2024-01-09", "Battery pack", "Smith; Ann"),
                doc("US-20240000003-A1", "2024-01-11", "Battery cooling", "SMITH; Ann et al."),
                doc("US-20240000004-A1", "2024-01-18", "Seat", "Jones; Bob")));

        Finding concentration = byTopic(new PatentsAgent(APRIL_2024).analyse(task(root)))
                .get("patents.inventor-concentration");

        assertThat(concentration.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(concentration.severity()).isEqualTo(Severity.HIGH);
        assertThat(concentration.attributes()).containsEntry("topCount", "3").containsEntry("topShare", "0.750");
    }

    @Test
    void sameDocumentInTwoFiles_countsOnce_andBadFilesAreReportedByName() throws IOException {
        write("patents/a.json", search(doc("US-11000001-B2", "2024-01-02", "Battery cell", "Smith; Ann"),
                "{\"documentId\": \"US-11000009-B2\", \"title\": \"No date\"}"));
        write("patents/b.json", search(doc("US-11000001-B2", "2024-01-02", "Battery cell", "Smith; Ann"),
                doc("US-D1000002-S", "2024-02-02", "Car door", "Jones; Bob")));
        write("patents/c.json", "{\"numFound\": 3, \"results\": []}");
        write("patents/d.json", "{not json");

        AgentResult result = new PatentsAgent(APRIL_2024).analyse(task(root));

        assertThat(byTopic(result).get("patents.portfolio-size").attributes()).containsEntry("documents", "2");
        assertThat(byTopic(result).get("patents.kind-split").attributes()).containsEntry("grants", "1")
                .containsEntry("designs", "1");
        assertThat(result.sourcesUsed()).isEqualTo(2);
        assertThat(result.problems()).extracting(p -> p.file() + ": " + p.problem()).satisfiesExactly(
                p -> assertThat(p).isEqualTo("patents/a.json: 1 documents skipped: docs[1] has no datePublished"
                        + " of the form yyyy-mm-dd (found '')"),
                p -> assertThat(p).startsWith("patents/c.json: has no docs array"),
                p -> assertThat(p).startsWith("patents/d.json: is not valid JSON"));
    }

    @Test
    void dossierWithoutPatents_hasNoEvidence() {
        AgentResult result = new PatentsAgent(APRIL_2024).analyse(task(root));

        assertThat(result.hasNoEvidence()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("no patents folder"));
    }

    @Test
    void workItemOtherThanWhole_isInvalidInput() {
        AgentTask item = task(root).forItem("patents/a.json");

        assertThatThrownBy(() -> new PatentsAgent(APRIL_2024).analyse(item))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("patents/a.json");
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String search(String... docs) {
        return "{\"numFound\": " + docs.length + ", \"docs\": [" + String.join(",", docs) + "]}";
    }

    private static String doc(String id, String date, String title, String inventors) {
        return String.format("{\"documentId\": \"%s\", \"datePublished\": \"%s\", \"title\": \"%s\","
                + " \"patentNumber\": \"%s\", \"inventors\": \"%s\", \"pageCount\": 10}", id, date, title,
                id.split("-")[1], inventors);
    }

    private static Map<String, Finding> byTopic(AgentResult result) {
        return result.findings().stream().collect(Collectors.toMap(Finding::topic, Function.identity()));
    }

    private static AgentTask task(Path dossier) {
        return new AgentTask(1L, "patents", "patents", TESLA.subject(), new AgentInput.Directory(dossier),
                AgentTask.WHOLE, Map.of(),
                Instant.now().plusSeconds(60));
    }

    private static Path teslaSample() {
        try {
            return Path.of(PatentsAgentTest.class.getResource("samples/tesla").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void agent_isAnApplicationScopedBeanNamedPatents() {
        assertThat(PatentsAgent.class.getAnnotation(Named.class).value()).isEqualTo("patents");
        assertThat(PatentsAgent.class.isAnnotationPresent(ApplicationScoped.class)).isTrue();
    }
}
