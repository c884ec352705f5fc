package io.tributary.synthesis;

import io.tributary.api.synthesis.Statement;
import java.util.List;
import java.util.Objects;

/**
 * The rating of one dimension with the findings behind it.
 *
 * @param dimension the dimension
 * @param rating    how it looks on the settled evidence
 * @param basis     why it has that rating, in words (for a dimension without evidence: which
 *                  agent is missing and why)
 * @param reasons   the settled findings that decided the rating, strongest first
 * @param unsettled findings with caveats, shown but never taken as settled
 * @param agents    the agents whose findings inform the dimension, sorted
 */
public record DimensionAssessment(
        Dimension dimension,
        Rating rating,
        String basis,
        List<Statement> reasons,
        List<Statement> unsettled,
        List<String> agents) {

    public DimensionAssessment {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(basis, "basis");
        reasons = List.copyOf(reasons);
        unsettled = List.copyOf(unsettled);
        agents = List.copyOf(agents);
    }
}
