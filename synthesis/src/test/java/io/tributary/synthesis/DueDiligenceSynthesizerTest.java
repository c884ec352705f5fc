package io.tributary.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.synthesis.Contradiction;
import io.tributary.api.synthesis.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DueDiligenceSynthesizerTest {

    private final DueDiligenceSynthesizer synthesizer = new DueDiligenceSynthesizer();

    @Test
    void teslaNetLossesAndBullishPress_pairedAsContradictionWithBothSidesEvidence() {
        // given
        var run = SampleRuns.tesla().build();
        var lossIds = idsOfTopic(run, "financials.net-loss");
        var balanceIds = idsOfTopic(run, "press.sentiment-balance");

        // when
        var assessment = synthesizer.synthesise(run);

        // then
        assertThat(assessment.contradictions()).extracting(Contradiction::rule).containsExactly("financials-vs-press");
        var contradiction = assessment.contradictions().get(0);
        assertThat(contradiction.warning().findingIds()).containsExactlyElementsOf(lossIds).hasSize(3);
        assertThat(contradiction.reassurance().findingIds()).containsExactlyElementsOf(balanceIds);
        assertThat(contradiction.findingIds()).containsAll(lossIds).containsAll(balanceIds);
        assertThat(contradiction.warning().evidence()).extracting(Evidence::locator)
                .contains("us-gaap:NetIncomeLoss FY2017", "us-gaap:NetIncomeLoss FY2019");
        assertThat(contradiction.reassurance().evidence()).extracting(Evidence::file).containsExactly(SampleRuns.TESLA_PRESS);
        assertThat(contradiction.warning().position()).contains("net loss (FY2017, FY2018, FY2019)");
        assertThat(contradiction.check()).contains("3 bullish", "FY2018").contains("latest annual");
        assertThat(contradiction.severity()).isEqualTo(Severity.HIGH);
        assertThat(assessment.followUps()).extracting(f -> f.action()).contains(contradiction.check());
    }

    @Test
    void teslaThreeYearsOfLosses_ratesFinancialsConcerningAndProceedsOnlyWithConditions() {
        // given
        var run = SampleRuns.tesla().build();

        // when
        var assessment = synthesizer.synthesise(run);

        // then
        assertThat(assessment.dimension(Dimension.FINANCIAL_HEALTH).orElseThrow().rating()).isEqualTo(Rating.CONCERNING);
        assertThat(assessment.dimension(Dimension.MARKET_PERCEPTION).orElseThrow().rating()).isEqualTo(Rating.STRONG);
        assertThat(assessment.recommendation()).isEqualTo(Recommendation.PROCEED_WITH_CONDITIONS);
        assertThat(assessment.reasons().get(0).text()).contains("Financial health is rated CONCERNING");
        assertThat(assessment.missingDimensions()).isEmpty();
        assertThat(assessment.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(0.75);
    }

    @Test
    void tesla_perItemHeadlinesFeedButAreNotListedAsConclusions() {
        // given
        var run = SampleRuns.tesla().build();
        var headlineIds = idsOfTopic(run, "press.headline-sentiment");

        // when
        var market = synthesizer.synthesise(run).dimension(Dimension.MARKET_PERCEPTION).orElseThrow();

        // then
        assertThat(market.reasons()).flatExtracting(Statement::findingIds)
                .containsExactlyElementsOf(idsOfTopic(run, "press.sentiment-balance"))
                .doesNotContainAnyElementsOf(headlineIds);
    }

    @Test
    void appleLike_hasNoHighSeverityContradictionAndNamesTheMissingPatents() {
        // given
        var run = SampleRuns.apple().build();

        // when
        var assessment = synthesizer.synthesise(run);

        // then
        assertThat(assessment.contradictions()).noneMatch(c -> c.severity().isHigh());
        assertThat(assessment.dimension(Dimension.FINANCIAL_HEALTH).orElseThrow().rating()).isEqualTo(Rating.STRONG);
        assertThat(assessment.missingDimensions()).containsExactly(Dimension.INTELLECTUAL_PROPERTY);
        assertThat(assessment.dimension(Dimension.INTELLECTUAL_PROPERTY).orElseThrow().basis())
                .contains("agent patents ended NO_EVIDENCE");
        assertThat(assessment.recommendation()).isEqualTo(Recommendation.PROCEED_WITH_CONDITIONS);
    }

    @Test
    void abvcNonRelianceAndGlowingRelease_contradictionAndAtMostInsufficientEvidence() {
        // given
        var run = SampleRuns.abvc().build();
        var nonReliance = idsOfTopic(run, "regulatory.non-reliance");
        var release = idsOfTopic(run, "regulatory.company-press-release");

        // when
        var assessment = synthesizer.synthesise(run);

        // then
        var contradiction = assessment.contradictions().stream()
                .filter(c -> c.rule().equals("regulatory-vs-publicity")).findFirst().orElseThrow();
        assertThat(contradiction.warning().findingIds()).containsAll(nonReliance);
        assertThat(contradiction.reassurance().findingIds()).containsAll(release);
        assertThat(contradiction.reassurance().evidence()).extracting(Evidence::quote).contains("Revenue Surges 234%");
        assertThat(contradiction.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(assessment.recommendation()).isEqualTo(Recommendation.INSUFFICIENT_EVIDENCE);
        assertThat(assessment.confidence()).isLessThanOrEqualTo(0.4);
        assertThat(assessment.missingDimensions()).containsExactly(Dimension.FINANCIAL_HEALTH,
                Dimension.INTELLECTUAL_PROPERTY, Dimension.LEADERSHIP);
        assertThat(assessment.dimension(Dimension.REGULATORY_LEGAL).orElseThrow().rating()).isEqualTo(Rating.CONCERNING);
        assertThat(assessment.reasons()).extracting(Statement::text)
                .anyMatch(t -> t.startsWith("Critical red flag: Item 4.02"));
    }

    @Test
    void abvcWithEveryOtherAgentDelivering_wouldNotProceed() {
        // given: the same red flag with enough settled evidence elsewhere
        var builder = SampleRuns.abvc();
        SampleRuns.teslaFinancials(builder);
        builder.add("leadership", RunBuilder.finding("leadership.executive-officers", Dimension.LEADERSHIP,
                io.tributary.api.finding.Polarity.NEUTRAL, Severity.LOW, "Two executive officers", "executive-officers",
                RunBuilder.at("leadership/10-K.html", "Item 10", ""), java.util.Map.of()));
        var run = builder.build();

        // when
        var assessment = synthesizer.synthesise(run);

        // then
        assertThat(assessment.recommendation()).isEqualTo(Recommendation.DO_NOT_PROCEED);
        assertThat(assessment.reasons().get(0).findingIds()).containsExactlyElementsOf(idsOfTopic(run, "regulatory.non-reliance"));
    }

    @Test
    void degradedRun_namesMissingDimensionsAndCapsConfidence() {
        // given: leadership timed out, every other agent delivered
        var builder = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        SampleRuns.teslaFinancials(builder);
        builder.add("press", SampleRuns.tesla().build().findings().stream()
                .filter(f -> f.finding().topic().equals("press.sentiment-balance")).findFirst().orElseThrow().finding());
        var complete = SampleRuns.tesla().build();
        complete.findings().stream().filter(f -> f.agent().equals("regulatory") || f.agent().equals("patents"))
                .forEach(f -> builder.add(f.agent(), f.finding()));
        var run = builder.outcome("financials", AgentStatus.SUCCEEDED).outcome("leadership", AgentStatus.TIMED_OUT)
                .outcome("patents", AgentStatus.SUCCEEDED).outcome("press", AgentStatus.SUCCEEDED)
                .outcome("regulatory", AgentStatus.SUCCEEDED)
                .decision(Decision.DEGRADED, "quorum 4 of 5 met; leadership timed out").build();

        // when
        var assessment = synthesizer.synthesise(run);

        // then
        assertThat(assessment.missingDimensions()).containsExactly(Dimension.LEADERSHIP);
        assertThat(assessment.confidence()).isLessThanOrEqualTo(0.6);
        assertThat(assessment.recommendation()).isNotEqualTo(Recommendation.PROCEED);
        assertThat(assessment.reasons()).extracting(Statement::text)
                .anyMatch(t -> t.contains("DEGRADED") && t.contains("leadership"))
                .anyMatch(t -> t.contains("capped at 0.60"));
        assertThat(assessment.dimension(Dimension.LEADERSHIP).orElseThrow().basis()).contains("TIMED_OUT");
        assertThat(assessment.followUps()).anyMatch(f -> f.action().startsWith("Obtain evidence on Leadership"));
    }

    @Test
    void healthyCompleteRun_proceeds() {
        // given: Apple-like with patents delivered and a PROCEED decision
        var builder = SampleRuns.apple();
        builder.add("patents", RunBuilder.finding("patents.recency", Dimension.INTELLECTUAL_PROPERTY,
                io.tributary.api.finding.Polarity.POSITIVE, Severity.MEDIUM, "Most grants are from the last 2 years",
                "recency", RunBuilder.at("patents/search.json", "docs", ""), java.util.Map.of()));
        var run = builder.decision(Decision.PROCEED, "all agents delivered").build();
        var delivered = RunBuilder.copy(run,
                new io.tributary.api.policy.PolicyDecision(Decision.PROCEED, "all agents delivered", java.util.List.of(),
                        "all", run.outcomes(), "", RunBuilder.T0),
                run.outcomes().stream().map(o -> o.agent().equals("patents")
                        ? new io.tributary.api.outcome.AgentOutcome(o.agent(), o.approach(), AgentStatus.SUCCEEDED, 1, 1,
                                1, 1, o.startedAt(), o.endedAt(), o.usage(), 0, "", false, "")
                        : o).toList(),
                run.traceId());

        // when
        var assessment = synthesizer.synthesise(delivered);

        // then
        assertThat(assessment.recommendation()).isEqualTo(Recommendation.PROCEED);
        assertThat(assessment.contradictions()).isEmpty();
        assertThat(assessment.missingDimensions()).isEmpty();
    }

    @Test
    void runThePolicyStopped_isInsufficientEvidenceWithoutThrowing() {
        // given
        var run = SampleRuns.tesla().decision(Decision.FAIL, "quorum not met").build();

        // when
        var assessment = synthesizer.synthesise(run);

        // then
        assertThat(assessment.recommendation()).isEqualTo(Recommendation.INSUFFICIENT_EVIDENCE);
        assertThat(assessment.confidence()).isLessThanOrEqualTo(0.25);
        assertThat(assessment.summary()).contains("policy decision is FAIL");
    }

    @Test
    void everyCitedFinding_hasProvenanceWithItsAgentRunAndEvidence() {
        // given
        var run = SampleRuns.tesla().build();

        // when
        var assessment = synthesizer.synthesise(run);

        // then
        var cited = citedIds(assessment).distinct().toList();
        assertThat(cited).isNotEmpty();
        assertThat(cited).allSatisfy(id -> {
            var provenance = assessment.provenanceOf(id).orElseThrow();
            assertThat(provenance.evidence()).isNotEmpty();
            assertThat(provenance.traceId()).startsWith("trace-");
            assertThat(provenance.stepExecutionId()).isPositive();
        });
        assertThat(assessment.dimensions()).filteredOn(d -> d.rating().informed())
                .allSatisfy(d -> assertThat(d.reasons()).allSatisfy(s -> assertThat(s.findingIds()).isNotEmpty()));
        var press = assessment.provenanceOf(idsOfTopic(run, "press.sentiment-balance").get(0)).orElseThrow();
        assertThat(press.model()).isEqualTo("gpt-4o-mini");
    }

    private static Stream<Long> citedIds(Assessment assessment) {
        return Stream.of(assessment.reasons().stream().flatMap(s -> s.findingIds().stream()),
                assessment.dimensions().stream().flatMap(d -> d.reasons().stream()).flatMap(s -> s.findingIds().stream()),
                assessment.contradictions().stream().flatMap(c -> c.findingIds().stream())).flatMap(s -> s);
    }

    static java.util.List<Long> idsOfTopic(RunSnapshot run, String topic) {
        return run.findings().stream().filter(f -> f.finding().topic().equals(topic)).map(f -> f.id()).toList();
    }
}
