package io.tributary.agents.financials.internal;

import io.tributary.agents.sec.AnnualValue;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Net losses as an analyst reads them: the losses within the horizon as one conclusion about the
 * current state, weighed by the latest loss's size and recency, and the losses before the horizon
 * as one history finding (INFO, {@value #HISTORY}=true) that is shown but decides no rating, so a
 * decade of early losses does not outvote five profitable years.
 */
final class LossRules {

    /** Attribute marking a finding about years before the horizon. */
    static final String HISTORY = "history";
    /** A loss of at least this share of revenue in one of the latest two years is serious. */
    static final double SERIOUS_LOSS_SHARE = 0.10;
    /** A loss below this share of revenue is minor. */
    static final double MINOR_LOSS_SHARE = 0.02;

    private LossRules() {
    }

    /** One {@code financials.net-loss} finding for the losses within the horizon, if there are any. */
    static Optional<Finding> current(FinancialHistory history, Horizon horizon) {
        List<AnnualValue> losses = losses(history, true, horizon);
        if (losses.isEmpty()) {
            return Optional.empty();
        }
        AnnualValue latest = losses.get(losses.size() - 1);
        Optional<AnnualValue> revenue = history.value(Metric.REVENUE, latest.fiscalYear());
        Optional<Double> share = revenue.filter(r -> r.value().signum() > 0)
                .map(r -> latest.value().abs().divide(r.value(), MathContext.DECIMAL64).doubleValue());
        long yearsInHorizon = history.of(Metric.NET_INCOME).keySet().stream().filter(horizon::contains).count();
        Map<String, String> attributes = attributes(losses, horizon);
        attributes.put("latestLossYear", String.valueOf(latest.fiscalYear()));
        attributes.put("yearsReported", String.valueOf(yearsInHorizon));
        share.ifPresent(s -> attributes.put("shareOfRevenue", Money.percent(s)));
        String latestText = Money.usd(latest.value().abs()) + " in " + latest.label()
                + share.map(s -> " (" + Money.percent(s) + " of revenue)").orElse("");
        String claim = losses.size() == 1
                ? "Net loss of " + latestText + ", the only loss within " + horizon.label()
                : "Net losses in " + losses.size() + " of the " + yearsInHorizon + " fiscal years reported within "
                        + horizon.label() + ", the latest " + latestText + "; " + years(losses);
        List<AnnualValue> sources = new ArrayList<>(losses);
        Collections.reverse(sources);
        revenue.ifPresent(sources::add);
        return Optional.of(Findings.of("net-loss", "financials.net-loss", claim, Polarity.NEGATIVE,
                severity(latest, share, horizon, losses.size(), yearsInHorizon), sources, attributes));
    }

    /** One {@code financials.loss-history} finding for the losses before the horizon, if there are any. */
    static Optional<Finding> history(FinancialHistory history, Horizon horizon) {
        List<AnnualValue> losses = losses(history, false, horizon);
        if (losses.isEmpty()) {
            return Optional.empty();
        }
        AnnualValue last = losses.get(losses.size() - 1);
        Map<String, String> attributes = attributes(losses, horizon);
        attributes.put(HISTORY, "true");
        attributes.put("lastLossYear", String.valueOf(last.fiscalYear()));
        String claim = "History before " + horizon.label() + ": net losses in " + losses.size()
                + (losses.size() == 1 ? " fiscal year, " : " fiscal years, ") + attributes.get("period")
                + "; the last in " + last.label() + " (" + Money.usd(last.value().abs()) + "). Shown for context;"
                + " years older than the " + horizon.years() + "-year horizon decide no rating";
        return Optional.of(Findings.of("loss-history", "financials.loss-history", claim, Polarity.NEGATIVE,
                Severity.INFO, List.of(last, losses.get(0)), attributes));
    }

    private static Severity severity(AnnualValue latest, Optional<Double> share, Horizon horizon, int lossYears,
            long yearsReported) {
        boolean recent = latest.fiscalYear() >= horizon.latestYear() - 1;
        if (recent && share.map(s -> s >= SERIOUS_LOSS_SHARE).orElse(true)) {
            return Severity.HIGH;
        }
        if (recent || lossYears * 2 > yearsReported) {
            return Severity.MEDIUM;
        }
        return share.map(s -> s < MINOR_LOSS_SHARE).orElse(false) ? Severity.LOW : Severity.MEDIUM;
    }

    private static List<AnnualValue> losses(FinancialHistory history, boolean inHorizon, Horizon horizon) {
        return history.of(Metric.NET_INCOME).values().stream().filter(AnnualValue::isNegative)
                .filter(v -> horizon.contains(v.fiscalYear()) == inHorizon).toList();
    }

    private static Map<String, String> attributes(List<AnnualValue> losses, Horizon horizon) {
        AnnualValue latest = losses.get(losses.size() - 1);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("period", Horizon.span(losses.get(0).fiscalYear(), latest.fiscalYear()));
        attributes.put("horizon", horizon.label());
        attributes.put("lossYears", String.join(",", losses.stream().map(v -> String.valueOf(v.fiscalYear())).toList()));
        attributes.put("unit", latest.unit());
        attributes.put("concept", latest.concept());
        losses.forEach(v -> attributes.put(v.label() + ".netIncome", Money.plain(v.value())));
        return attributes;
    }

    private static String years(List<AnnualValue> losses) {
        List<String> parts = new ArrayList<>();
        for (int i = losses.size() - 1; i >= 0; i--) {
            parts.add(losses.get(i).label() + " " + Money.usd(losses.get(i).value().abs()));
        }
        return String.join(", ", parts);
    }
}
