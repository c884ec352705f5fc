package io.tributary.agents.financials.internal;

import io.tributary.agents.sec.AnnualValue;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds financial findings, all in the financial-health dimension, with XBRL evidence. */
final class Findings {

    /** Confidence of a figure read from XBRL: exact, but the rules that judge it are heuristics. */
    static final double CONFIDENCE = 0.9;

    private Findings() {
    }

    static Finding of(String key, String topic, String claim, Polarity polarity, Severity severity,
            List<AnnualValue> sources, Map<String, String> attributes) {
        List<Evidence> evidence = sources.stream().map(Findings::evidence).distinct().toList();
        return new Finding(key, Dimensions.FINANCIAL_HEALTH, topic, claim, polarity, severity, CONFIDENCE,
                evidence, attributes, Set.of());
    }

    static Evidence evidence(AnnualValue value) {
        return new Evidence(value.file(), value.locator(), value.quote());
    }
}
