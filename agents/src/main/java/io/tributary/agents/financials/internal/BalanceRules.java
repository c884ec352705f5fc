package io.tributary.agents.financials.internal;

import io.tributary.agents.sec.AnnualValue;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Solvency and cash: negative equity, operating cash burn and the weight of debt, judged on the
 * latest fiscal year, since a buyer takes on the balance sheet as it stands now.
 */
final class BalanceRules {

    /** Debt above this multiple of equity is heavy leverage. */
    static final double HEAVY_LEVERAGE = 2.0;
    /** Debt below this multiple of equity is light leverage. */
    static final double LIGHT_LEVERAGE = 0.5;

    private BalanceRules() {
    }

    static List<Finding> findings(FinancialHistory history) {
        List<Finding> findings = new ArrayList<>();
        negativeEquity(history).ifPresent(findings::add);
        cashBurn(history).ifPresent(findings::add);
        debt(history).ifPresent(findings::add);
        return findings;
    }

    private static Optional<Finding> negativeEquity(FinancialHistory history) {
        Optional<AnnualValue> latest = history.latest(Metric.EQUITY).filter(AnnualValue::isNegative);
        return latest.map(equity -> {
            long negativeYears = history.of(Metric.EQUITY).values().stream().filter(AnnualValue::isNegative).count();
            Map<String, String> attributes = attributes(equity);
            attributes.put("negativeYears", String.valueOf(negativeYears));
            return Findings.of("negative-equity", "financials.negative-equity",
                    "Stockholders' equity is negative: " + Money.usd(equity.value()) + " at the end of "
                            + equity.label() + " (liabilities exceed assets)",
                    Polarity.NEGATIVE, Severity.HIGH, List.of(equity), attributes);
        });
    }

    private static Optional<Finding> cashBurn(FinancialHistory history) {
        Optional<AnnualValue> latest = history.latest(Metric.OPERATING_CASH_FLOW).filter(AnnualValue::isNegative);
        return latest.map(flow -> {
            boolean lossToo = history.value(Metric.NET_INCOME, flow.fiscalYear()).map(AnnualValue::isNegative)
                    .orElse(false);
            List<String> burnYears = history.of(Metric.OPERATING_CASH_FLOW).values().stream()
                    .filter(AnnualValue::isNegative).map(AnnualValue::label).toList();
            Map<String, String> attributes = attributes(flow);
            attributes.put("burnYears", String.join(",", burnYears));
            return Findings.of("cash-burn", "financials.cash-burn",
                    "Operations consumed cash: operating cash flow of " + Money.usd(flow.value()) + " in "
                            + flow.label() + (lossToo ? ", alongside a net loss" : ""),
                    Polarity.NEGATIVE, lossToo ? Severity.HIGH : Severity.MEDIUM, List.of(flow), attributes);
        });
    }

    private static Optional<Finding> debt(FinancialHistory history) {
        Optional<AnnualValue> latest = history.latest(Metric.DEBT);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        AnnualValue debt = latest.get();
        Optional<AnnualValue> equity = history.value(Metric.EQUITY, debt.fiscalYear());
        Map<String, String> attributes = attributes(debt);
        List<AnnualValue> sources = new ArrayList<>(List.of(debt));
        equity.ifPresent(sources::add);
        String claim = "Long-term debt of " + Money.usd(debt.value()) + " at the end of " + debt.label();
        Optional<AnnualValue> before = history.value(Metric.DEBT, debt.fiscalYear() - 1);
        if (before.isPresent()) {
            attributes.put("previousValue", Money.plain(before.get().value()));
            FinancialRules.change(debt.value(), before.get().value()).ifPresent(c -> attributes.put("change", Money.percent(c)));
            claim += " (" + Money.usd(before.get().value()) + " a year earlier)";
        }
        Polarity polarity = Polarity.NEUTRAL;
        Severity severity = Severity.LOW;
        if (equity.isPresent() && equity.get().value().signum() <= 0) {
            claim += ", against negative equity of " + Money.usd(equity.get().value());
            polarity = Polarity.NEGATIVE;
            severity = Severity.MEDIUM;
        } else if (equity.isPresent()) {
            double ratio = debt.value().divide(equity.get().value(), MathContext.DECIMAL64).doubleValue();
            attributes.put("debtToEquity", String.format(Locale.ROOT, "%.2f", ratio));
            claim += String.format(Locale.ROOT, ", %.2f times equity", ratio);
            if (ratio > HEAVY_LEVERAGE) {
                polarity = Polarity.NEGATIVE;
                severity = Severity.MEDIUM;
            } else if (ratio < LIGHT_LEVERAGE) {
                polarity = Polarity.POSITIVE;
            }
        }
        return Optional.of(Findings.of("debt", "financials.debt", claim, polarity, severity, sources, attributes));
    }

    private static Map<String, String> attributes(AnnualValue value) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("fiscalYear", String.valueOf(value.fiscalYear()));
        attributes.put("period", value.label());
        attributes.put("value", Money.plain(value.value()));
        attributes.put("unit", value.unit());
        attributes.put("concept", value.concept());
        return attributes;
    }
}
