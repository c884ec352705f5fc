package io.tributary.synthesis.internal;

import io.tributary.api.finding.Finding;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How recent a conclusion is, from the period it states (attribute {@value #PERIOD}, such as
 * {@code FY2020-FY2024}, {@code FY2024} or {@code 2025-04-15}): the year its period ends, its age
 * in years before the latest evidence, and the weight that age earns. A conclusion about the
 * latest year weighs fully; each year older takes {@value #YEARLY_DECAY} off, down to
 * {@value #FLOOR}. History (attribute {@value #HISTORY}) and observations ({@value #OBSERVATION})
 * weigh nothing.
 */
public final class Recency {

    /** Attribute naming the period a finding covers. */
    public static final String PERIOD = "period";
    /** Attribute marking a finding about years before the horizon. */
    public static final String HISTORY = "history";
    /** Attribute marking an observation (such as conditional risk-factor language). */
    public static final String OBSERVATION = "observation";
    /** Weight taken off per year of age. */
    public static final double YEARLY_DECAY = 0.2;
    /** The least weight of a conclusion, however old. */
    public static final double FLOOR = 0.2;

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?!.*(?:19|20)\\d{2})");

    private Recency() {
    }

    /** The year the finding's period ends, if it states one. */
    public static OptionalInt endYear(Finding finding) {
        String period = finding.attributes().get(PERIOD);
        if (period == null) {
            return OptionalInt.empty();
        }
        Matcher m = YEAR.matcher(period);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The latest period end among {@code findings}, if any states a period. */
    public static OptionalInt latest(Collection<Finding> findings) {
        return findings.stream().map(Recency::endYear).filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt)
                .max();
    }

    /**
     * The weight of a finding against the latest evidence {@code latestYear}: 1 for the latest year or
     * a finding without a period, {@value #YEARLY_DECAY} less per year older, at least {@value #FLOOR}.
     */
    public static double weight(Finding finding, OptionalInt latestYear) {
        OptionalInt end = endYear(finding);
        if (end.isEmpty() || latestYear.isEmpty()) {
            return 1.0;
        }
        int age = Math.max(0, latestYear.getAsInt() - end.getAsInt());
        return Math.max(FLOOR, 1.0 - YEARLY_DECAY * age);
    }

    /** True for history and observations: shown, never weighed. */
    public static boolean neverWeighed(Finding finding) {
        return "true".equalsIgnoreCase(finding.attributes().getOrDefault(HISTORY, ""))
                || finding.attributes().containsKey(OBSERVATION);
    }
}
