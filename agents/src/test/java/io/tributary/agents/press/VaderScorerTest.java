package io.tributary.agents.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tributary.agents.press.internal.VaderLexicon;
import io.tributary.agents.press.internal.VaderScorer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The VADER-style rules, each shown on a small lexicon whose arithmetic can be checked by hand. */
class VaderScorerTest {

    private final VaderScorer scorer = new VaderScorer(VaderLexicon.of(Map.of("good", 1.9, "bad", -2.5)), 0.25);

    @Test
    void oneWord_isNormalisedBySquareRootOfSquarePlusFifteen() {
        assertThat(scorer.compound("The results were good")).isCloseTo(1.9 / Math.sqrt(1.9 * 1.9 + 15), within(1e-9));
        assertThat(scorer.compound("The results were neutral")).isZero();
    }

    @Test
    void negation_withinThreeWords_reversesAndDampens() {
        assertThat(scorer.compound("results were not good")).isCloseTo(compound(1.9 * -0.74), within(1e-9));
        assertThat(scorer.compound("results weren't very good")).isLessThan(0.0);
    }

    @Test
    void intensifier_raisesTheNextWord_andDampenerLowersIt() {
        assertThat(scorer.compound("very good")).isCloseTo(compound(1.9 + 0.293), within(1e-9));
        assertThat(scorer.compound("slightly good")).isCloseTo(compound(1.9 - 0.293), within(1e-9));
    }

    @Test
    void but_halvesWhatPrecedes_andWeighsWhatFollowsOneAndAHalfTimes() {
        assertThat(scorer.compound("good but bad")).isCloseTo(compound(1.9 * 0.5 - 2.5 * 1.5), within(1e-9));
    }

    @Test
    void allCapsWord_inMixedCaseText_isEmphasised() {
        assertThat(scorer.compound("results are GOOD")).isCloseTo(compound(1.9 + 0.733), within(1e-9));
        assertThat(scorer.compound("RESULTS ARE GOOD")).isCloseTo(compound(1.9), within(1e-9));
    }

    @Test
    void exclamationMarks_amplifyUpToFour() {
        assertThat(scorer.compound("good!!")).isCloseTo(compound(1.9 + 2 * 0.292), within(1e-9));
        assertThat(scorer.compound("good!!!!!!")).isCloseTo(compound(1.9 + 4 * 0.292), within(1e-9));
    }

    @Test
    void compoundBeyondThreshold_isBullishOrBearish_otherwiseNeutral() {
        assertThat(scorer.classify("good").sentiment()).isEqualTo(Sentiment.BULLISH);
        assertThat(scorer.classify("bad").sentiment()).isEqualTo(Sentiment.BEARISH);
        assertThat(scorer.classify("quarterly report").sentiment()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void shippedLexicon_readsPlainFinancialHeadlinesTheObviousWay() {
        VaderScorer shipped = VaderScorer.shipped();

        assertThat(shipped.classify("Strong growth and great profits lift the shares").sentiment())
                .isEqualTo(Sentiment.BULLISH);
        assertThat(shipped.classify("Fraud probe and terrible losses hurt the company").sentiment())
                .isEqualTo(Sentiment.BEARISH);
    }

    private static double compound(double sum) {
        return sum / Math.sqrt(sum * sum + 15);
    }
}
