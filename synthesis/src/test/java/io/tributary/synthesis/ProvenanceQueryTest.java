package io.tributary.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceQueryTest {

    @Test
    void teslaContradiction_tracesToFinancialsAndPressRunsAndTheirDocuments() {
        // given
        var run = SampleRuns.tesla().build();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);
        var query = new ProvenanceQuery(assessment, run);

        // when
        var sources = query.contradiction(assessment.contradictions().get(0));

        // then
        assertThat(sources.agents()).containsExactly("financials", "press");
        assertThat(sources.runs()).containsExactly("financials/financials", "press/press [gpt-4o-mini]");
        assertThat(sources.documents()).containsExactly(SampleRuns.TESLA_FACTS, SampleRuns.TESLA_PRESS);
        assertThat(sources.traceIds()).containsExactly("trace-financials", "trace-press");
        assertThat(sources.provenance()).hasSize(4)
                .allSatisfy(p -> assertThat(p.executionId()).isEqualTo(run.executionId()));
    }

    @Test
    void dimensionAndRecommendation_answerWhichAgentsProducedThem() {
        // given
        var run = SampleRuns.abvc().build();
        var assessment = new DueDiligenceSynthesizer().synthesise(run);
        var query = new ProvenanceQuery(assessment, run);

        // when
        var regulatory = query.dimension(Dimension.REGULATORY_LEGAL);
        var recommendation = query.recommendation();
        var financial = query.dimension(Dimension.FINANCIAL_HEALTH);

        // then
        assertThat(regulatory.agents()).containsExactly("regulatory");
        assertThat(regulatory.documents()).containsExactly(SampleRuns.ABVC_8K);
        assertThat(recommendation.agents()).containsExactly("press", "regulatory");
        assertThat(recommendation.documents()).contains(SampleRuns.ABVC_8K, "press/headlines.csv");
        assertThat(financial.findingIds()).isEmpty();
    }

    @Test
    void unknownFindingId_isAClearError() {
        // given
        var run = SampleRuns.tesla().build();
        var query = new ProvenanceQuery(new DueDiligenceSynthesizer().synthesise(run), run);

        // when / then
        assertThatThrownBy(() -> query.of(List.of(100L, 9999L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Finding 9999 is neither cited by the assessment nor stored for run 7");
    }

    @Test
    void uncitedPerItemFinding_isFoundInTheRun() {
        // given: a headline is not cited by any statement of the assessment
        var run = SampleRuns.tesla().build();
        var headline = DueDiligenceSynthesizerTest.idsOfTopic(run, "press.headline-sentiment").get(0);
        var assessment = new DueDiligenceSynthesizer().synthesise(run);

        // when
        var sources = new ProvenanceQuery(assessment, run).of(List.of(headline));

        // then
        assertThat(assessment.provenanceOf(headline)).isEmpty();
        assertThat(sources.provenance()).singleElement().satisfies(p -> {
            assertThat(p.agent()).isEqualTo("press");
            assertThat(p.evidence()).extracting(e -> e.locator()).containsExactly("row 1");
        });
    }
}
