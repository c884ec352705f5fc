package io.tributary.agents.regulatory.internal;

import io.tributary.agents.sec.EightKItems;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts, per tracked 8-K item, the filings that reported it in each year, across every document
 * of the dossier. The same filing seen twice (in the submissions list and as a downloaded 8-K)
 * counts once, by accession number.
 */
public final class ItemsByYear {

    /** Filings kept as evidence per summary. */
    public static final int MAX_EVIDENCE = 5;

    private ItemsByYear() {
    }

    /** One {@code regulatory.items-by-year} finding per tracked item reported at least once. */
    public static List<Finding> of(List<Finding> itemFindings) {
        Map<String, Map<String, Finding>> byItem = new TreeMap<>();
        for (Finding finding : itemFindings) {
            String code = finding.attributes().get("item");
            String accession = finding.attributes().get("accession");
            if (code != null && accession != null && ItemFindings.kind(code).isPresent()) {
                byItem.computeIfAbsent(code, c -> new TreeMap<>()).putIfAbsent(accession, finding);
            }
        }
        List<Finding> summaries = new ArrayList<>();
        byItem.forEach((code, filings) -> summaries.add(summary(code, List.copyOf(filings.values()))));
        return summaries;
    }

    private static Finding summary(String code, List<Finding> filings) {
        TreeMap<String, Integer> perYear = new TreeMap<>();
        int undated = 0;
        for (Finding filing : filings) {
            String year = filing.attributes().get("year");
            if (year == null) {
                undated++;
            } else {
                perYear.merge(year, 1, Integer::sum);
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("item", code);
        attributes.put("total", String.valueOf(filings.size()));
        perYear.forEach((year, count) -> attributes.put(year, String.valueOf(count)));
        if (!perYear.isEmpty()) {
            String first = perYear.firstKey();
            String last = perYear.lastKey();
            attributes.put("period", first.equals(last) ? first : first + "-" + last);
        }
        if (undated > 0) {
            attributes.put("undated", String.valueOf(undated));
        }
        String claim = filings.size() + (filings.size() == 1 ? " filing reports" : " filings report") + " Item "
                + code + " (" + EightKItems.title(code).orElse("") + ")" + yearsText(perYear);
        if (!perYear.isEmpty()) {
            Map.Entry<String, Integer> peak = perYear.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow();
            attributes.put("peakYear", peak.getKey());
            attributes.put("peakCount", String.valueOf(peak.getValue()));
        }
        ItemFindings.Kind kind = ItemFindings.kind(code).orElseThrow();
        Severity severity = filings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.LOW);
        Polarity polarity = kind.polarity();
        return new Finding("items-by-year:" + code, Dimensions.REGULATORY_LEGAL, "regulatory.items-by-year", claim,
                polarity, severity, 0.95, evidence(filings), attributes, Set.of());
    }

    private static String yearsText(Map<String, Integer> perYear) {
        if (perYear.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        perYear.forEach((year, count) -> parts.add(year + ": " + count));
        return "; by year " + String.join(", ", parts);
    }

    private static List<Evidence> evidence(List<Finding> filings) {
        return filings.stream()
                .sorted(Comparator.comparing((Finding f) -> f.attributes().getOrDefault("filingDate", ""))
                        .reversed().thenComparing(Finding::key))
                .limit(MAX_EVIDENCE)
                .flatMap(f -> f.evidence().stream().limit(1))
                .toList();
    }
}
