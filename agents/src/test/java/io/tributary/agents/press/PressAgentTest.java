package io.tributary.agents.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.press.internal.PressCsv;
import io.tributary.agents.source.Dimensions;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import io.tributary.agents.source.Target;
import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The press agent's work items, per-headline findings and file handling, with a keyword classifier. */
class PressAgentTest {

    /** Bullish for "soars", bearish for "plunges", neutral otherwise: outcomes a test can predict. */
    static final HeadlineClassifier KEYWORDS = headline -> headline.contains("soars")
            ? new HeadlineSentiment(Sentiment.BULLISH, 0.8, 0.9)
            : headline.contains("plunges")
                    ? new HeadlineSentiment(Sentiment.BEARISH, -0.7, 0.9)
                    : new HeadlineSentiment(Sentiment.NEUTRAL, 0.0, 0.6);

    @TempDir
    Path root;

    private TestDossier dossier;
    private PressAgent agent;

    @BeforeEach
    void setUp() {
        dossier = new TestDossier(root);
        agent = new PressAgent("keywords", KEYWORDS);
    }

    @Test
    void items_splitEachPressFileIntoBatchesOfTheBatchSizeProperty() {
        dossier.file("press/a.csv", TestDossier.headlines(5)).file("press/b.csv", TestDossier.headlines(2));
        AgentTask task = dossier.task(AgentTask.WHOLE, Map.of(PressAgent.BATCH_SIZE, "2"));

        List<String> items = agent.items(task);

        assertThat(items).containsExactly("press/a.csv#rows=1-2", "press/a.csv#rows=3-4", "press/a.csv#rows=5-5",
                "press/b.csv#rows=1-2");
        assertThat(agent.items(task)).isEqualTo(items);
    }

    @Test
    void items_withoutBatchSize_takeFiveHundredRowsEach() {
        dossier.file("press/news.csv", TestDossier.headlines(501));

        assertThat(agent.items(dossier.task(AgentTask.WHOLE)))
                .containsExactly("press/news.csv#rows=1-500", "press/news.csv#rows=501-501");
    }

    @Test
    void items_withoutPressFolder_areTheWholeDossier() {
        assertThat(agent.items(dossier.task(AgentTask.WHOLE))).containsExactly(AgentTask.WHOLE);
    }

    @Test
    void items_ofUnreadableFile_coverTheWholeFileSoItsAnalysisReportsIt() {
        dossier.file("press/bad.csv", "text,label\nx,1\n").file("press/good.csv", TestDossier.headlines(1));

        List<String> items = agent.items(dossier.task(AgentTask.WHOLE));
        AgentResult bad = agent.analyse(dossier.task(items.get(0)));

        assertThat(items).containsExactly("press/bad.csv", "press/good.csv#rows=1-1");
        assertThat(bad.findings()).isEmpty();
        assertThat(bad.problems()).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("press/bad.csv"));
    }

    @Test
    void batchSize_thatIsNotAPositiveNumber_isInvalidInput() {
        dossier.file("press/a.csv", TestDossier.headlines(3));

        assertThatThrownBy(() -> agent.items(dossier.task(AgentTask.WHOLE, Map.of(PressAgent.BATCH_SIZE, "many"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("batchSize").hasMessageContaining("many");
        assertThatThrownBy(() -> agent.items(dossier.task(AgentTask.WHOLE, Map.of(PressAgent.BATCH_SIZE, "0"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("batchSize");
    }

    @Test
    void analyse_batchItem_givesOneSentimentFindingPerHeadlineOfThatBatch() {
        dossier.file("press/news.csv", "date,headline,source\n"
                + "2019-11-01,Alpha soars on record deliveries,Reuters\n"
                + ",Beta plunges after recall,\n"
                + "2019-11-03,Gamma holds annual meeting,Wire\n");

        AgentResult result = agent.analyse(dossier.task("press/news.csv#rows=2-3"));

        assertThat(result.sourcesUsed()).isEqualTo(1);
        assertThat(result.findings()).extracting(Finding::key)
                .containsExactly("headline:press/news.csv:2", "headline:press/news.csv:3");
        Finding bearish = result.findings().get(0);
        assertThat(bearish.topic()).isEqualTo("press.headline-sentiment");
        assertThat(bearish.group()).isEqualTo(Dimensions.MARKET_PERCEPTION);
        assertThat(bearish.severity()).isEqualTo(Severity.INFO);
        assertThat(bearish.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(bearish.attributes()).containsEntry("sentiment", "bearish").containsEntry("row", "2")
                .containsEntry("score", "-0.700").containsEntry("approach", "keywords");
        assertThat(bearish.evidence()).containsExactly(new Evidence("press/news.csv", "row 2", "Beta plunges after recall"));
        assertThat(result.findings().get(1).attributes()).containsEntry("sentiment", "neutral")
                .containsEntry("source", "Wire").containsEntry("date", "2019-11-03");
    }

    @Test
    void analyse_whole_classifiesEveryRowOfEveryFile() {
        dossier.file("press/a.csv", TestDossier.headlines(3)).file("press/b.csv", TestDossier.headlines(4));

        AgentResult result = agent.analyse(dossier.task(AgentTask.WHOLE));

        assertThat(result.findings()).hasSize(7);
        assertThat(result.sourcesUsed()).isEqualTo(2);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void analyse_withoutPressFolder_orWithoutCsv_hasNoEvidence() {
        AgentResult noFolder = agent.analyse(dossier.task(AgentTask.WHOLE));
        dossier.file("press/readme.txt", "nothing here");
        AgentResult noCsv = agent.analyse(dossier.task(AgentTask.WHOLE));

        assertThat(noFolder.hasNoEvidence()).isTrue();
        assertThat(noFolder.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("no press folder"));
        assertThat(noCsv.hasNoEvidence()).isTrue();
        assertThat(noCsv.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("no .csv"));
    }

    @Test
    void readingAFileWithAnotherHeader_throwsSourceExceptionNamingTheFile() {
        dossier.file("press/x.csv", "headline,date,source\nSomething,2019-01-01,\n");
        PressCsv csv = new PressCsv(new Dossier(root));

        assertThatThrownBy(() -> csv.read(root.resolve("press/x.csv")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("press/x.csv").hasMessageContaining("has no header line date,headline,source");
    }

    @Test
    void analyse_badFiles_costOnlyThoseFiles_eachReportedByName() {
        dossier.file("press/1-header.csv", "text,label\nTesla soars,1\n")
                .file("press/2-empty.csv", "")
                .bytes("press/3-latin1.csv", "date,headline,source\n,Soci\u00e9t\u00e9 soars,\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .file("press/4-only-header.csv", "Date,Headline,Source\n")
                .file("press/5-good.csv", "date,headline,source\n,Alpha soars,\n");

        AgentResult result = agent.analyse(dossier.task(AgentTask.WHOLE));

        assertThat(result.findings()).extracting(Finding::key).containsExactly("headline:press/5-good.csv:1");
        assertThat(result.sourcesUsed()).isEqualTo(1);
        assertThat(result.problems()).extracting(p -> p.file() + ": " + p.problem()).satisfiesExactly(
                p -> assertThat(p).startsWith("press/1-header.csv: has no header line date,headline,source"),
                p -> assertThat(p).startsWith("press/2-empty.csv: is empty"),
                p -> assertThat(p).startsWith("press/3-latin1.csv: is not valid UTF-8"),
                p -> assertThat(p).startsWith("press/4-only-header.csv: has a header line but no headlines"));
    }

    @Test
    void analyse_linksOutOfTheDossier_areRefusedByName_andNothingOfThemIsRead() throws java.io.IOException {
        Path outside = java.nio.file.Files.createDirectories(root.resolveSibling(root.getFileName() + "-outside"));
        java.nio.file.Files.writeString(outside.resolve("leak.csv"), "date,headline,source\n,Secret merger soars,\n");
        dossier.file("press/5-good.csv", "date,headline,source\n,Alpha soars,\n");
        java.nio.file.Files.createSymbolicLink(root.resolve("press/outside.csv"), outside.resolve("leak.csv"));
        AgentTask task = dossier.task(AgentTask.WHOLE);

        List<String> items = agent.items(task);
        List<AgentResult> results = items.stream().map(i -> agent.analyse(task.forItem(i))).toList();

        assertThat(items).contains("press/outside.csv");
        assertThat(results).flatExtracting(AgentResult::findings).extracting(Finding::claim)
                .noneMatch(claim -> claim.contains("Secret"));
        assertThat(results).flatExtracting(AgentResult::problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("press/outside.csv");
            assertThat(p.problem()).contains("symbolic link that leads outside the dossier").doesNotContain("Secret");
        });
    }

    @Test
    void analyse_csvWithAQuoteNeverClosed_namesTheLine_withoutQuotingTheFile() {
        dossier.file("press/quote.csv", "date,headline,source\n,\"Confidential soars,\n");

        AgentResult result = agent.analyse(dossier.task(AgentTask.WHOLE));

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.problem())
                .startsWith("is not valid CSV").doesNotContain("Confidential"));
    }

    @Test
    void analyse_fileOverTheSizeBound_isReportedNotRead() {
        dossier.file("press/big.csv", TestDossier.headlines(50));
        PressAgent bounded = new PressAgent("keywords", KEYWORDS, 200);

        AgentResult result = bounded.analyse(dossier.task(AgentTask.WHOLE));

        assertThat(result.hasNoEvidence()).isTrue();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("larger than the limit of 200 bytes"));
    }

    @Test
    void analyse_rowsWithoutHeadlineOrWithExtraFields_areSkippedAndReported() {
        dossier.file("press/news.csv", "date,headline,source\n,Alpha soars,\n2019-01-01,,wire\n,a,b,c\n,Beta plunges,\n");

        AgentResult result = agent.analyse(dossier.task(AgentTask.WHOLE));

        assertThat(result.findings()).extracting(Finding::key)
                .containsExactly("headline:press/news.csv:1", "headline:press/news.csv:4");
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.problem())
                .contains("2 rows skipped").contains("row 2 has no headline").contains("row 3 has 4 fields"));
    }

    @Test
    void analyse_itemNotOfThisAgent_isInvalidInputNamingTheItem() {
        dossier.file("press/news.csv", TestDossier.headlines(2));

        assertThatThrownBy(() -> agent.analyse(dossier.task("press/other.csv#rows=1-2")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("press/other.csv#rows=1-2");
        assertThatThrownBy(() -> agent.analyse(dossier.task("press/news.csv#rows=5-1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("press/news.csv#rows=5-1");
    }

    @Test
    void companysOwnRelease_byNameWithReleaseVerbOrByItsSource_isFlagged() {
        dossier.file("press/news.csv", "date,headline,source\n"
                + ",\"Tesla, Inc. Announces Third Quarter Results\",\n"
                + ",$TSLA reports record deliveries,\n"
                + ",Analysts say Tesla soars,Reuters\n"
                + ",Gigafactory opens in Berlin,Tesla press release\n"
                + ",Reporter announces Tesla story,\n");

        List<Finding> releases = agent.analyse(dossier.task(AgentTask.WHOLE)).findings().stream()
                .filter(f -> f.topic().equals("press.company-release")).toList();

        assertThat(releases).extracting(Finding::key).containsExactly("company-release:press/news.csv:1",
                "company-release:press/news.csv:2", "company-release:press/news.csv:4");
        assertThat(releases.get(2).attributes().get("reason")).contains("Tesla press release");
    }

    @Test
    void conclude_countsSentiments_andLeansBullishWhenBullishClearlyDominates() {
        dossier.file("press/news.csv", "date,headline,source\n,A soars,\n,B soars higher,\n,C soars again,\n"
                + ",D plunges,\n,E flat,\n");
        AgentTask whole = dossier.task(AgentTask.WHOLE);

        AgentResult result = agent.conclude(whole, agent.analyse(whole).findings());

        Finding balance = result.findings().get(0);
        assertThat(balance.key()).isEqualTo("sentiment-balance");
        assertThat(balance.topic()).isEqualTo("press.sentiment-balance");
        assertThat(balance.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(balance.attributes()).containsEntry("bullish", "3").containsEntry("bearish", "1")
                .containsEntry("neutral", "1").containsEntry("approach", "keywords");
        assertThat(balance.evidence()).extracting(Evidence::locator).containsExactly("row 1", "row 2", "row 3");
    }

    @Test
    void conclude_overAllItems_equalsConclusionOfWholeAnalysis() {
        dossier.file("press/a.csv", "date,headline,source\n,A soars,\n,B plunges,\n,C plunges,\n,D plunges,\n")
                .file("press/b.csv", "date,headline,source\n,E plunges,\n,F flat,\n");
        AgentTask whole = dossier.task(AgentTask.WHOLE, Map.of(PressAgent.BATCH_SIZE, "3"));
        List<Finding> itemFindings = new ArrayList<>();
        for (String item : agent.items(whole)) {
            itemFindings.addAll(agent.analyse(whole.forItem(item)).findings());
        }

        Finding byItems = agent.conclude(whole, itemFindings).findings().get(0);
        Finding byWhole = agent.conclude(whole, agent.analyse(whole).findings()).findings().get(0);

        assertThat(byItems).isEqualTo(byWhole);
        assertThat(byItems.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(byItems.attributes()).containsEntry("bearish", "4").containsEntry("bullish", "1");
    }

    @Test
    void conclude_withoutHeadlineFindings_hasNoEvidence() {
        assertThat(agent.conclude(dossier.task(AgentTask.WHOLE), List.of()).hasNoEvidence()).isTrue();
    }

    @Test
    void allThreeApproaches_areApplicationScopedBeansNamedForJobXml() {
        assertThat(TrainedPressAgent.class.getAnnotation(Named.class).value()).isEqualTo("press");
        assertThat(LexiconPressAgent.class.getAnnotation(Named.class).value()).isEqualTo("press-lexicon");
        assertThat(EmbeddingPressAgent.class.getAnnotation(Named.class).value()).isEqualTo("press-embeddings");
        assertThat(TrainedPressAgent.class.isAnnotationPresent(ApplicationScoped.class)).isTrue();
        assertThat(LexiconPressAgent.class.isAnnotationPresent(ApplicationScoped.class)).isTrue();
        assertThat(EmbeddingPressAgent.class.isAnnotationPresent(ApplicationScoped.class)).isTrue();
        assertThat(new TrainedPressAgent().approach()).isEqualTo("press");
        assertThat(new LexiconPressAgent().approach()).isEqualTo("press-lexicon");
        assertThat(new EmbeddingPressAgent().approach()).isEqualTo("press-embeddings");
    }

    @Test
    void conclude_withFewPolarHeadlinesOrCloseCounts_isNeutral() {
        dossier.file("press/one.csv", "date,headline,source\n,A soars,\n,B flat,\n");
        AgentTask one = dossier.task(AgentTask.WHOLE);
        Finding tooFew = agent.conclude(one, agent.analyse(one).findings()).findings().get(0);
        dossier.file("press/one.csv", "date,headline,source\n,A soars,\n,B soars,\n,C soars,\n"
                + ",D plunges,\n,E plunges,\n,F plunges,\n");
        Finding close = agent.conclude(one, agent.analyse(one).findings()).findings().get(0);

        assertThat(tooFew.polarity()).isEqualTo(Polarity.NEUTRAL);
        assertThat(tooFew.claim()).startsWith("Too few bullish or bearish headlines");
        assertThat(close.polarity()).isEqualTo(Polarity.NEUTRAL);
        assertThat(close.severity()).isEqualTo(Severity.LOW);
        assertThat(close.claim()).startsWith("Press coverage is balanced");
        assertThat(close.evidence()).extracting(Evidence::locator).containsExactly("row 1", "row 2", "row 4", "row 5");
    }

    @Test
    void abvcPressReleaseHeadlines_areFlaggedAsTheCompanysOwnRelease() {
        dossier.file("press/headlines.csv", "date,headline,source\n"
                + "2025-04-15,ABVC BioPharma Announces 2024 Financial Results,ABVC BioPharma press release (EX-99.1)\n");
        Target abvc = new Target("ABVC BIOPHARMA, INC.", "0001173313", "ABVC");

        List<Finding> findings = agent.analyse(dossier.task(abvc, AgentTask.WHOLE)).findings();

        assertThat(findings).extracting(Finding::topic)
                .containsExactly("press.headline-sentiment", "press.company-release");
        assertThat(findings.get(1).attributes().get("reason")).contains("press release (EX-99.1)");
    }
}
