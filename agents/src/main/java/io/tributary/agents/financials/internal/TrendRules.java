package io.tributary.agents.financials.internal;

import io.tributary.agents.sec.AnnualValue;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Revenue trend: the latest year against the year before and, where reported, against three
 * years before (as a compound annual rate), so one flat year inside a strong run is not read as
 * stagnation and one good year after a slide is not read as recovery.
 */
final class TrendRules {

    /** A yearly change of at least this size counts as growth or decline. */
    static final double NOTABLE_CHANGE = 0.05;
    /** A yearly change of at least this size is a strong one. */
    static final double STRONG_GROWTH = 0.15;
    static final double STEEP_DECLINE = 0.10;
    private static final int TREND_YEARS = 3;

    private TrendRules() {
    }

    static List<Finding> revenue(FinancialHistory history) {
        NavigableMap<Integer, AnnualValue> revenue = history.of(Metric.REVENUE);
        if (revenue.size() < 2) {
            return List.of();
        }
        AnnualValue latest = revenue.lastEntry().getValue();
        AnnualValue prior = revenue.get(latest.fiscalYear() - 1);
        AnnualValue base = revenue.get(latest.fiscalYear() - TREND_YEARS);
        Optional<Double> yearly = prior == null ? Optional.empty()
                : FinancialRules.change(latest.value(), prior.value());
        Optional<Double> compound = base == null ? Optional.empty() : compoundRate(latest, base);
        if (yearly.isEmpty() && compound.isEmpty()) {
            return List.of();
        }
        double year = yearly.orElse(0.0);
        double trend = compound.orElse(year);
        List<AnnualValue> sources = new ArrayList<>();
        sources.add(latest);
        if (prior != null) {
            sources.add(prior);
        }
        if (base != null) {
            sources.add(base);
        }
        Map<String, String> attributes = attributes(latest, yearly, compound);
        attributes.put("period", Horizon.span((compound.isPresent() ? base : prior).fiscalYear(), latest.fiscalYear()));
        if (year <= -NOTABLE_CHANGE || trend <= -NOTABLE_CHANGE) {
            Severity severity = Math.min(year, trend) <= -STEEP_DECLINE ? Severity.MEDIUM : Severity.LOW;
            return List.of(Findings.of("revenue-decline", "financials.revenue-decline",
                    "Revenue fell to " + Money.usd(latest.value()) + " in " + latest.label() + describe(yearly, compound),
                    Polarity.NEGATIVE, severity, sources, attributes));
        }
        if (year >= NOTABLE_CHANGE || (trend >= NOTABLE_CHANGE && year > -NOTABLE_CHANGE)) {
            Severity severity = Math.max(year, trend) >= STRONG_GROWTH ? Severity.MEDIUM : Severity.LOW;
            return List.of(Findings.of("revenue-growth", "financials.revenue-growth",
                    "Revenue grew to " + Money.usd(latest.value()) + " in " + latest.label() + describe(yearly, compound),
                    Polarity.POSITIVE, severity, sources, attributes));
        }
        return List.of();
    }

    private static Optional<Double> compoundRate(AnnualValue latest, AnnualValue base) {
        if (base.value().signum() <= 0 || latest.value().signum() <= 0) {
            return Optional.empty();
        }
        double ratio = latest.value().divide(base.value(), MathContext.DECIMAL64).doubleValue();
        return Optional.of(Math.pow(ratio, 1.0 / TREND_YEARS) - 1.0);
    }

    private static String describe(Optional<Double> yearly, Optional<Double> compound) {
        List<String> parts = new ArrayList<>();
        yearly.ifPresent(y -> parts.add(Money.percent(y) + " on the year before"));
        compound.ifPresent(c -> parts.add(Money.percent(c) + " a year over " + TREND_YEARS + " years"));
        return " (" + String.join(", ", parts) + ")";
    }

    private static Map<String, String> attributes(AnnualValue latest, Optional<Double> yearly,
            Optional<Double> compound) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("fiscalYear", String.valueOf(latest.fiscalYear()));
        attributes.put("value", Money.plain(latest.value()));
        attributes.put("unit", latest.unit());
        attributes.put("concept", latest.concept());
        yearly.ifPresent(y -> attributes.put("yearOnYear", Money.percent(y)));
        compound.ifPresent(c -> attributes.put("threeYearRate", Money.percent(c)));
        return attributes;
    }
}
