package io.tributary.agents.press;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.source.Target;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.run.AgentInput;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The press beans on the late-2019 headlines of the Tesla and Boeing sample dossiers. Most of
 * these rows are from the training split, so this checks the agent end to end, not the model's
 * accuracy (that is measured on the validation split only).
 */
class SampleDossierPressTest {

    private final PressAgent trained = new TrainedPressAgent();
    private final PressAgent lexicon = new LexiconPressAgent();
    private final PressAgent embeddings = new EmbeddingPressAgent();

    @Test
    void teslaLate2019Headlines_trainedModel_concludesBullish() {
        Finding balance = balance(trained, "tesla", new Target("Tesla, Inc.", "0001318605", "TSLA"));

        System.out.println("Tesla, press: " + balance.claim());
        assertThat(balance.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(balance.attributes()).containsEntry("headlines", "115").containsEntry("approach", "press");
        assertThat(Integer.parseInt(balance.attributes().get("bullish")))
                .isGreaterThanOrEqualTo(2 * Integer.parseInt(balance.attributes().get("bearish")));
        assertThat(balance.evidence()).hasSize(3).allSatisfy(e -> assertThat(e.file()).isEqualTo("press/headlines.csv"));
    }

    @Test
    void boeingLate2019Headlines_trainedModel_concludesBearish() {
        Finding balance = balance(trained, "boeing", new Target("BOEING CO", "0000012927", "BA"));

        System.out.println("Boeing, press: " + balance.claim());
        assertThat(balance.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(balance.attributes()).containsEntry("headlines", "80");
    }

    @Test
    void bothApproaches_onTeslaSample_giveFindingsWithTheSameKeys_soTheyCompareHeadlineByHeadline() {
        Target tesla = new Target("Tesla, Inc.", "0001318605", "TSLA");
        Map<String, String> byModel = sentiments(trained.analyse(task("tesla", tesla)));
        Map<String, String> byLexicon = sentiments(lexicon.analyse(task("tesla", tesla)));

        long agree = byModel.keySet().stream().filter(k -> byModel.get(k).equals(byLexicon.get(k))).count();

        System.out.printf("Tesla sample: approaches agree on %d of %d headlines; press-lexicon: %s%n", agree,
                byModel.size(), balance(lexicon, "tesla", tesla).claim());
        assertThat(byLexicon.keySet()).isEqualTo(byModel.keySet()).hasSize(115);
        assertThat(agree).isBetween(1L, 114L);
    }

    @Test
    void embeddingsApproach_onTeslaSample_answersTheSameHeadlines_andConcludesOnTheirBalance() {
        Target tesla = new Target("Tesla, Inc.", "0001318605", "TSLA");
        Map<String, String> byModel = sentiments(trained.analyse(task("tesla", tesla)));
        Map<String, String> byEmbeddings = sentiments(embeddings.analyse(task("tesla", tesla)));

        long agree = byModel.keySet().stream().filter(k -> byModel.get(k).equals(byEmbeddings.get(k))).count();
        Finding balance = balance(embeddings, "tesla", tesla);

        System.out.printf("Tesla sample: press and press-embeddings agree on %d of %d headlines; press-embeddings: %s%n",
                agree, byModel.size(), balance.claim());
        assertThat(byEmbeddings.keySet()).isEqualTo(byModel.keySet());
        assertThat(agree).isGreaterThan(byModel.size() / 2L);
        assertThat(balance.attributes()).containsEntry("approach", "press-embeddings").containsEntry("headlines", "115");
    }

    private static Finding balance(PressAgent agent, String sample, Target target) {
        AgentTask task = task(sample, target);
        AgentResult result = agent.conclude(task, agent.analyse(task).findings());
        return result.findings().get(0);
    }

    private static Map<String, String> sentiments(AgentResult result) {
        List<Finding> headlines = result.findings().stream()
                .filter(f -> f.topic().equals("press.headline-sentiment")).toList();
        return headlines.stream().collect(Collectors.toMap(Finding::key, f -> f.attributes().get("sentiment")));
    }

    private static AgentTask task(String sample, Target target) {
        return new AgentTask(1L, "press", "press", target.subject(), new AgentInput.Directory(sampleRoot(sample)),
                AgentTask.WHOLE, Map.of(),
                Instant.now().plusSeconds(60));
    }

    private static Path sampleRoot(String sample) {
        try {
            return Path.of(SampleDossierPressTest.class.getResource("samples/" + sample).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
