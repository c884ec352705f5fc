package io.tributary.agents.financials.internal;

import io.tributary.agents.sec.AnnualValue;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Turns a financial history into findings about profit and loss. Severity is proportionate: a
 * loss matters by its size against revenue and by how recent it is, so a loss a decade ago is not
 * weighed like last year's, and a sustained profit is reported as the strength it is.
 */
public final class FinancialRules {

    /** A loss of at least this share of revenue in one of the latest two years is serious. */
    public static final double SERIOUS_LOSS_SHARE = 0.10;
    /** A loss below this share of revenue is minor. */
    public static final double MINOR_LOSS_SHARE = 0.02;

    private FinancialRules() {
    }

    /** Every finding the history supports. */
    public static List<Finding> findings(FinancialHistory history) {
        List<Finding> findings = new ArrayList<>(netLosses(history));
        profitability(history).ifPresent(findings::add);
        findings.addAll(TrendRules.revenue(history));
        findings.addAll(BalanceRules.findings(history));
        SummaryFinding.of(history).ifPresent(findings::add);
        return findings;
    }

    /** One {@code financials.net-loss} finding per fiscal year with a net loss. */
    static List<Finding> netLosses(FinancialHistory history) {
        NavigableMap<Integer, AnnualValue> income = history.of(Metric.NET_INCOME);
        if (income.isEmpty()) {
            return List.of();
        }
        int latest = income.lastKey();
        List<Finding> findings = new ArrayList<>();
        for (AnnualValue loss : income.values()) {
            if (loss.isNegative()) {
                findings.add(netLoss(history, loss, latest));
            }
        }
        return findings;
    }

    private static Finding netLoss(FinancialHistory history, AnnualValue loss, int latestYear) {
        Optional<AnnualValue> revenue = history.value(Metric.REVENUE, loss.fiscalYear());
        Optional<Double> share = revenue.filter(r -> r.value().signum() > 0)
                .map(r -> loss.value().abs().divide(r.value(), MathContext.DECIMAL64).doubleValue());
        boolean recent = loss.fiscalYear() >= latestYear - 1;
        Severity severity = Severity.MEDIUM;
        if (recent && share.map(s -> s >= SERIOUS_LOSS_SHARE).orElse(true)) {
            severity = Severity.HIGH;
        } else if (share.map(s -> s < MINOR_LOSS_SHARE).orElse(false)) {
            severity = Severity.LOW;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("fiscalYear", String.valueOf(loss.fiscalYear()));
        attributes.put("value", Money.plain(loss.value()));
        attributes.put("unit", loss.unit());
        attributes.put("concept", loss.concept());
        attributes.put("periodEnd", loss.end().toString());
        share.ifPresent(s -> attributes.put("shareOfRevenue", Money.percent(s)));
        String claim = "Net loss of " + Money.usd(loss.value().abs()) + " in " + loss.label()
                + share.map(s -> " (" + Money.percent(s) + " of revenue)").orElse("");
        List<AnnualValue> sources = new ArrayList<>(List.of(loss));
        revenue.ifPresent(sources::add);
        return Findings.of("net-loss:" + loss.label(), "financials.net-loss", claim, Polarity.NEGATIVE, severity,
                sources, attributes);
    }

    /** A return to profit after losses, or a profit sustained over every year seen. */
    static Optional<Finding> profitability(FinancialHistory history) {
        NavigableMap<Integer, AnnualValue> income = history.of(Metric.NET_INCOME);
        if (income.isEmpty() || income.lastEntry().getValue().isNegative()) {
            return Optional.empty();
        }
        AnnualValue latest = income.lastEntry().getValue();
        Integer lastLoss = income.descendingMap().values().stream().filter(AnnualValue::isNegative)
                .map(AnnualValue::fiscalYear).findFirst().orElse(null);
        int firstProfit = lastLoss == null ? income.firstKey() : income.higherKey(lastLoss);
        int profitableYears = income.tailMap(firstProfit, true).size();
        if (lastLoss == null && profitableYears < 2) {
            return Optional.empty();
        }
        String span = "FY" + firstProfit + (firstProfit == latest.fiscalYear() ? "" : "-FY" + latest.fiscalYear());
        String claim = lastLoss == null
                ? "Profitable in every fiscal year reported (" + span + "); net income "
                        + Money.usd(latest.value()) + " in " + latest.label()
                : "Returned to profit in FY" + firstProfit + " after a net loss in FY" + lastLoss
                        + "; profitable in every year since (" + span + "), net income "
                        + Money.usd(latest.value()) + " in " + latest.label();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("firstProfitableYear", String.valueOf(firstProfit));
        attributes.put("profitableYears", String.valueOf(profitableYears));
        attributes.put("latestFiscalYear", String.valueOf(latest.fiscalYear()));
        attributes.put("latestNetIncome", Money.plain(latest.value()));
        attributes.put("unit", latest.unit());
        if (lastLoss != null) {
            attributes.put("lastLossYear", String.valueOf(lastLoss));
        }
        List<AnnualValue> sources = new ArrayList<>(List.of(latest));
        if (lastLoss != null) {
            sources.add(0, income.get(firstProfit));
        }
        Severity severity = profitableYears >= 3 ? Severity.MEDIUM : Severity.LOW;
        return Optional.of(Findings.of("profitability", "financials.profitability", claim, Polarity.POSITIVE,
                severity, sources, attributes));
    }

    /** The ratio {@code a / b - 1}, or empty when {@code b} is not positive. */
    static Optional<Double> change(BigDecimal a, BigDecimal b) {
        if (b.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(a.divide(b, MathContext.DECIMAL64).doubleValue() - 1.0);
    }
}
