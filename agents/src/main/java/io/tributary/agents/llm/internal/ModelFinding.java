package io.tributary.agents.llm.internal;

import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.List;

/**
 * One finding as the model stated it, checked for form but not yet for truth.
 *
 * @param topic      within the role's area
 * @param claim      the conclusion in words
 * @param polarity   for or against the target
 * @param severity   how much it matters
 * @param confidence the model's confidence, 0 to 1
 * @param evidence   the passages it cites
 */
public record ModelFinding(String topic, String claim, Polarity polarity, Severity severity, double confidence,
        List<Cited> evidence) {

    /** A passage the model cites. */
    public record Cited(String file, String locator, String quote) {
    }

    public ModelFinding {
        evidence = List.copyOf(evidence);
    }
}
