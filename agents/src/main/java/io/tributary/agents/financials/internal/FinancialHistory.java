package io.tributary.agents.financials.internal;

import io.tributary.agents.sec.AnnualValue;
import io.tributary.agents.sec.AnnualValues;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One value per metric and fiscal year, merged from every XBRL source of a dossier. The most
 * preferred concept of a metric wins, so a series does not mix, say, equity with and without
 * minority interests; for the same concept the more recent reporting wins (a later 10-K restates
 * what an older companyfacts snapshot holds), with the file name as the tie-breaker so the result
 * never depends on reading order. Not thread-safe: one per analysis.
 */
public final class FinancialHistory {

    private static final Comparator<AnnualValue> RECENCY =
            Comparator.comparing(AnnualValue::asOf).thenComparing(AnnualValue::file);

    private final Map<Metric, NavigableMap<Integer, AnnualValue>> series = new EnumMap<>(Metric.class);

    /** Adds the annual values of one source; returns how many metric-years it supplied. */
    public int add(AnnualValues source) {
        int supplied = 0;
        for (Metric metric : Metric.values()) {
            Map<Integer, AnnualValue> fromSource = new TreeMap<>();
            for (String concept : metric.concepts()) {
                for (AnnualValue value : source.of(concept, metric.kind())) {
                    fromSource.putIfAbsent(value.fiscalYear(), value);
                }
            }
            NavigableMap<Integer, AnnualValue> years = series.computeIfAbsent(metric, m -> new TreeMap<>());
            for (AnnualValue value : fromSource.values()) {
                years.merge(value.fiscalYear(), value, (a, b) -> preferred(metric, a, b));
                supplied++;
            }
        }
        return supplied;
    }

    private static AnnualValue preferred(Metric metric, AnnualValue a, AnnualValue b) {
        int rankA = metric.concepts().indexOf(a.concept());
        int rankB = metric.concepts().indexOf(b.concept());
        if (rankA != rankB) {
            return rankA < rankB ? a : b;
        }
        return RECENCY.compare(a, b) >= 0 ? a : b;
    }

    /** The values of a metric by fiscal year, oldest first. */
    public NavigableMap<Integer, AnnualValue> of(Metric metric) {
        return series.getOrDefault(metric, new TreeMap<>());
    }

    /** The value of a metric in a fiscal year. */
    public Optional<AnnualValue> value(Metric metric, int year) {
        return Optional.ofNullable(of(metric).get(year));
    }

    /** The latest value of a metric. */
    public Optional<AnnualValue> latest(Metric metric) {
        return Optional.ofNullable(of(metric).lastEntry()).map(Map.Entry::getValue);
    }

    /** The fiscal years covered by any metric, oldest first. */
    public List<Integer> years() {
        return series.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
    }

    /** True when no source supplied anything. */
    public boolean isEmpty() {
        return series.values().stream().allMatch(Map::isEmpty);
    }
}
