package io.tributary.synthesis.internal;

import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Contradiction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Describes one side of a contradiction in a few words a reviewer can act on, from the findings'
 * topics and their identifying attributes (fiscal years, risk terms, headlines, counts), instead
 * of repeating every claim.
 */
final class SideDescription {

    /** Attributes that identify what a finding is about, in the order they are tried. */
    private static final List<String> DETAILS = List.of("fiscalYear", "year", "term", "headline", "item");
    private static final int MAX_DETAILS = 6;
    private static final Map<String, String> LABELS = Map.of(
            "regulatory.non-reliance", "non-reliance notice",
            "regulatory.officer-change", "officer changes",
            "regulatory.company-press-release", "the company's press release",
            "press.company-release", "the company's release",
            "press.sentiment-balance", "press balance",
            "leadership.turnover", "officer turnover",
            "leadership.stable-management", "stable management");
    private static final int MAX_HEADLINE = 90;

    private SideDescription() {
    }

    /** For example {@code net loss (FY2017, FY2018, FY2019); cash burn (FY2018)}. */
    static String of(List<StoredFinding> findings) {
        var byTopic = new LinkedHashMap<String, List<StoredFinding>>();
        findings.forEach(f -> byTopic.computeIfAbsent(f.finding().topic(), t -> new ArrayList<>()).add(f));
        var parts = new ArrayList<String>();
        byTopic.forEach((topic, group) -> parts.add(describe(topic, group)));
        if (parts.size() <= 2) {
            return String.join(" and ", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The side of a contradiction made of {@code findings}. */
    static Contradiction.Side side(String position, List<StoredFinding> findings) {
        var ids = findings.stream().map(StoredFinding::id).toList();
        var agents = findings.stream().map(StoredFinding::agent).distinct().sorted().toList();
        var evidence = findings.stream().flatMap(f -> f.finding().evidence().stream()).distinct().toList();
        return new Contradiction.Side(position, ids, agents, evidence);
    }

    private static String describe(String topic, List<StoredFinding> group) {
        var label = label(topic);
        if ("press.sentiment-balance".equals(topic) && group.size() == 1) {
            var counts = counts(group.get(0).finding().attributes());
            return counts.isEmpty() ? label : label + " (" + counts + ")";
        }
        if ("press.headline-sentiment".equals(topic)) {
            var bySentiment = group.stream().collect(Collectors.groupingBy(
                    f -> f.finding().attributes().getOrDefault("sentiment", "unclassified"), TreeMap::new,
                    Collectors.counting()));
            return "headlines (" + bySentiment.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")) + ")";
        }
        var details = group.stream().map(SideDescription::detail).filter(d -> !d.isEmpty()).distinct().toList();
        if (details.isEmpty()) {
            return group.size() == 1 ? label : group.size() + " x " + label;
        }
        var shown = details.stream().limit(MAX_DETAILS).collect(Collectors.joining(", "));
        var more = details.size() > MAX_DETAILS ? ", and " + (details.size() - MAX_DETAILS) + " more" : "";
        return label + " (" + shown + more + ")";
    }

    private static String detail(StoredFinding finding) {
        var attributes = finding.finding().attributes();
        for (var name : DETAILS) {
            var value = attributes.getOrDefault(name, "").trim();
            if (!value.isEmpty()) {
                if ("headline".equals(name)) {
                    return "\"" + (value.length() > MAX_HEADLINE ? value.substring(0, MAX_HEADLINE) + "..." : value) + "\"";
                }
                if ("item".equals(name) && !value.startsWith("Item")) {
                    return "Item " + value;
                }
                return "fiscalYear".equals(name) && !value.startsWith("FY") ? "FY" + value : value;
            }
        }
        return "";
    }

    private static String counts(Map<String, String> attributes) {
        var counts = new ArrayList<String>();
        for (var name : List.of("bullish", "bearish", "neutral")) {
            var value = attributes.getOrDefault(name, "");
            if (!value.isBlank()) {
                counts.add(value.trim() + " " + name);
            }
        }
        return String.join(", ", counts);
    }

    /** {@code financials.net-loss} becomes {@code net loss}; a few topics read better named in full. */
    private static String label(String topic) {
        var known = LABELS.get(topic);
        if (known != null) {
            return known;
        }
        int dot = topic.indexOf('.');
        return (dot >= 0 ? topic.substring(dot + 1) : topic).replace('-', ' ');
    }
}
