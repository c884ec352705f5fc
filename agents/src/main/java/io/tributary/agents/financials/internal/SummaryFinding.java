package io.tributary.agents.financials.internal;

import io.tributary.agents.sec.AnnualValue;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of the horizon's figures behind the other findings, as attributes
 * ({@code FY2024.netIncome}) so a report can show the figures a judgement rests on.
 */
final class SummaryFinding {

    private SummaryFinding() {
    }

    static Optional<Finding> of(FinancialHistory history, Horizon horizon) {
        List<Integer> shown = history.years().stream().filter(horizon::contains).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("fiscalYears", shown.get(0) + "-" + shown.get(shown.size() - 1));
        attributes.put("period", Horizon.span(shown.get(0), shown.get(shown.size() - 1)));
        attributes.put("unit", "USD");
        List<String> lines = new ArrayList<>();
        List<AnnualValue> sources = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            List<String> cells = new ArrayList<>();
            for (int year : shown) {
                history.value(metric, year).ifPresent(v -> {
                    attributes.put("FY" + year + "." + metric.key(), Money.plain(v.value()));
                    cells.add("FY" + year + " " + Money.usd(v.value()));
                });
            }
            if (!cells.isEmpty()) {
                lines.add(metric.label() + ": " + String.join(", ", cells));
                history.latest(metric).ifPresent(sources::add);
            }
        }
        String claim = "Figures for " + attributes.get("period") + ": "
                + String.join("; ", lines);
        return Optional.of(Findings.of("summary", "financials.summary", claim, Polarity.NEUTRAL,
                Severity.LOW, sources, attributes));
    }
}
