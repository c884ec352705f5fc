package io.tributary.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.synthesis.Consensus;
import io.tributary.api.synthesis.Disagreement;
import io.tributary.api.synthesis.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsensusTest {

    private final DueDiligenceSynthesizer synthesizer = new DueDiligenceSynthesizer();

    @Test
    void twoPressApproachesDisagreeingOnOneHeadline_agreementBelowOneAndHeadlineDisputed() {
        // given: four headlines read by a model and by a lexicon; they disagree on row 3
        var run = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        String[] model = {"bullish", "bearish", "bullish", "neutral"};
        String[] lexicon = {"bullish", "bearish", "neutral", "neutral"};
        long disputedByModel = 0;
        long disputedByLexicon = 0;
        for (int row = 1; row <= 4; row++) {
            long m = run.add("press", "press", SampleRuns.headline(row, model[row - 1]));
            long l = run.add("press", "press-lexicon", SampleRuns.headline(row, lexicon[row - 1]));
            if (row == 3) {
                disputedByModel = m;
                disputedByLexicon = l;
            }
        }
        long modelBalance = run.add("press", "press", balance(Polarity.POSITIVE, "sentiment-balance"));
        long lexiconBalance = run.add("press", "press-lexicon", balance(Polarity.POSITIVE, "balance:lexicon"));
        run.outcome("press", "press", AgentStatus.SUCCEEDED, 0L, 900L, io.tributary.api.agent.Usage.NONE, 0)
                .outcome("press", "press-lexicon", AgentStatus.SUCCEEDED, 0L, 90L, io.tributary.api.agent.Usage.NONE, 0);

        // when
        var assessment = synthesizer.synthesise(run.build());

        // then
        assertThat(assessment.consensus()).hasSize(1);
        var consensus = assessment.consensus().get(0);
        assertThat(consensus.agent()).isEqualTo("press");
        assertThat(consensus.approaches()).containsExactly("press", "press-lexicon");
        assertThat(consensus.compared()).isEqualTo(5);
        assertThat(consensus.agreed()).isEqualTo(4);
        assertThat(consensus.agreementRate()).isEqualTo(0.8).isLessThan(1.0);
        assertThat(consensus.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.subject()).endsWith(":3");
            assertThat(d.values()).containsEntry("press", "bullish").containsEntry("press-lexicon", "neutral");
        });
        assertThat(assessment.disputedFindingIds()).containsExactlyInAnyOrder(disputedByModel, disputedByLexicon);
        assertThat(assessment.disputedFindingIds()).doesNotContain(modelBalance, lexiconBalance);
        assertThat(assessment.reasons()).extracting(Statement::text)
                .anyMatch(t -> t.contains("agree on 4 of 5 subjects (80%)"));
        long disputedId = disputedByModel;
        assertThat(assessment.followUps()).anyMatch(f -> f.action().startsWith("Review the 1 item(s)")
                && f.findingIds().contains(disputedId));
    }

    @Test
    void approachesDisagreeingOnTheBalance_marketPerceptionIsNotSettled() {
        // given: the model reads the press as positive, the lexicon as negative
        var run = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        long positive = run.add("press", "llm", balance(Polarity.POSITIVE, "sentiment-balance"));
        long negative = run.add("press", "press-lexicon", balance(Polarity.NEGATIVE, "sentiment-balance"));
        SampleRuns.teslaFinancials(run);

        // when
        var assessment = synthesizer.synthesise(run.build());

        // then
        assertThat(assessment.consensus()).extracting(Consensus::agreementRate).containsExactly(0.0);
        assertThat(assessment.consensus().get(0).disagreements()).extracting(Disagreement::subject)
                .containsExactly("press.sentiment-balance");
        var market = assessment.dimension(Dimension.MARKET_PERCEPTION).orElseThrow();
        assertThat(market.rating()).isEqualTo(Rating.INCONCLUSIVE);
        assertThat(market.reasons()).isEmpty();
        assertThat(market.unsettled()).extracting(Statement::text).allMatch(t -> t.startsWith("Not settled (DISPUTED)"));
        assertThat(assessment.contradictions()).allSatisfy(c -> assertThat(c.severity()).isLessThan(Severity.HIGH));
        assertThat(assessment.followUps()).anyMatch(f -> f.action().startsWith("Decide press.sentiment-balance")
                && f.findingIds().containsAll(java.util.List.of(positive, negative)));
    }

    @Test
    void singleApproachPerRole_hasNoConsensusToReport() {
        // given
        var run = SampleRuns.tesla().build();

        // when
        var assessment = synthesizer.synthesise(run);

        // then
        assertThat(assessment.consensus()).isEmpty();
        assertThat(assessment.disputedFindingIds()).isEmpty();
    }

    @Test
    void unverifiedCriticalFinding_doesNotDriveTheRatingOnItsOwn() {
        // given: a non-reliance claim whose quote was not found in the cited file
        var run = SampleRuns.tesla();
        run.add("regulatory", RunBuilder.finding("regulatory.non-reliance", Dimension.REGULATORY_LEGAL,
                Polarity.NEGATIVE, Severity.CRITICAL, "Item 4.02 non-reliance on FY2018 statements", "x:4.02",
                RunBuilder.at("filings/8-K.txt", "Item 4.02", "should no longer be relied upon"), Map.of(),
                Caveat.UNVERIFIED));

        // when
        var assessment = synthesizer.synthesise(run.build());

        // then
        var regulatory = assessment.dimension(Dimension.REGULATORY_LEGAL).orElseThrow();
        assertThat(regulatory.rating()).isEqualTo(Rating.ADEQUATE);
        assertThat(regulatory.unsettled()).extracting(Statement::text)
                .containsExactly("Not settled (UNVERIFIED): Item 4.02 non-reliance on FY2018 statements");
        assertThat(assessment.recommendation()).isNotEqualTo(Recommendation.DO_NOT_PROCEED);
        assertThat(assessment.reasons()).extracting(Statement::text).noneMatch(t -> t.startsWith("Critical red flag"));
        assertThat(assessment.followUps()).anyMatch(f -> f.action().startsWith("Verify the quote behind")
                && f.action().contains("filings/8-K.txt at Item 4.02"));
    }

    private static io.tributary.api.finding.Finding balance(Polarity polarity, String key) {
        return RunBuilder.finding("press.sentiment-balance", Dimension.MARKET_PERCEPTION, polarity, Severity.MEDIUM,
                "Press coverage leans " + polarity.name().toLowerCase(), key,
                RunBuilder.at(SampleRuns.TESLA_PRESS, "rows 1-4", ""), Map.of());
    }
}
