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
 * Turns a financial history into a few conclusions about the current state and the trajectory,
 * each stating the period it covers (attribute {@code period}): the losses within the horizon,
 * the profitable run, the revenue trend, the balance sheet at the latest year, the table of the
 * horizon's figures, and the losses before the horizon as history that decides no rating.
 */
public final class FinancialRules {

    private FinancialRules() {
    }

    /** Every finding the history supports, judged on the latest {@code horizonYears} fiscal years. */
    public static List<Finding> findings(FinancialHistory history, int horizonYears) {
        List<Integer> years = history.years();
        if (years.isEmpty()) {
            return List.of();
        }
        Horizon horizon = new Horizon(horizonYears, years.get(years.size() - 1));
        List<Finding> findings = new ArrayList<>();
        LossRules.current(history, horizon).ifPresent(findings::add);
        profitability(history, horizon).ifPresent(findings::add);
        findings.addAll(TrendRules.revenue(history));
        findings.addAll(BalanceRules.findings(history));
        SummaryFinding.of(history, horizon).ifPresent(findings::add);
        LossRules.history(history, horizon).ifPresent(findings::add);
        return findings;
    }

    /** The profitable run up to the latest year within the horizon: sustained, or a return to profit. */
    static Optional<Finding> profitability(FinancialHistory history, Horizon horizon) {
        NavigableMap<Integer, AnnualValue> income = history.of(Metric.NET_INCOME);
        if (income.isEmpty() || income.lastEntry().getValue().isNegative()) {
            return Optional.empty();
        }
        AnnualValue latest = income.lastEntry().getValue();
        Integer lastLoss = income.descendingMap().values().stream().filter(AnnualValue::isNegative)
                .map(AnnualValue::fiscalYear).findFirst().orElse(null);
        int firstProfit = lastLoss == null ? income.firstKey() : income.higherKey(lastLoss);
        int runStart = Math.max(firstProfit, horizon.firstYear());
        int profitableYears = income.tailMap(runStart, true).size();
        boolean sustained = lastLoss == null || lastLoss < horizon.firstYear();
        if (sustained && profitableYears < 2) {
            return Optional.empty();
        }
        String span = Horizon.span(income.ceilingKey(runStart), latest.fiscalYear());
        String tail = "net income " + Money.usd(latest.value()) + " in " + latest.label();
        String claim;
        if (!sustained) {
            claim = "Returned to profit in FY" + firstProfit + " after a net loss in FY" + lastLoss
                    + "; profitable in every year since (" + span + "), " + tail;
        } else if (lastLoss == null) {
            claim = "Profitable in every fiscal year reported; within " + horizon.label() + " " + profitableYears
                    + " of " + profitableYears + " years (" + span + "), " + tail;
        } else {
            claim = "Profitable in each of the " + profitableYears + " fiscal years " + span + ", " + tail
                    + "; the last net loss was in FY" + lastLoss + ", before the " + horizon.years() + "-year horizon";
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("period", span);
        attributes.put("horizon", horizon.label());
        attributes.put("firstProfitableYear", String.valueOf(firstProfit));
        attributes.put("profitableYears", String.valueOf(profitableYears));
        attributes.put("latestFiscalYear", String.valueOf(latest.fiscalYear()));
        attributes.put("latestNetIncome", Money.plain(latest.value()));
        attributes.put("unit", latest.unit());
        if (lastLoss != null) {
            attributes.put("lastLossYear", String.valueOf(lastLoss));
        }
        List<AnnualValue> sources = new ArrayList<>(List.of(latest));
        if (!sustained) {
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
