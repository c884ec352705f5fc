package io.tributary.agents.patents.internal;

import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Key-person risk in the portfolio: the share of documents that name the most frequent inventor.
 * USPTO search results name only the first inventor ("Aina; Akin et al."), so this measures lead
 * inventors. A top share of {@value #CONCENTRATED} or more is a concentration (HIGH from
 * {@value #HIGHLY_CONCENTRATED}); {@value #SPREAD} or less over at least {@value #MIN_DOCUMENTS}
 * documents is a spread of invention across people.
 */
public final class InventorConcentration {

    static final double CONCENTRATED = 0.25;
    static final double HIGHLY_CONCENTRATED = 0.5;
    static final double SPREAD = 0.10;
    static final int MIN_DOCUMENTS = 10;
    static final int TOP = 3;

    private InventorConcentration() {
    }

    /** {@code patents.inventor-concentration}, or a LOW neutral finding if no document names an inventor. */
    public static Finding of(Portfolio portfolio) {
        Map<String, List<PatentDocument>> byInventor = new LinkedHashMap<>();
        for (PatentDocument document : portfolio.documents()) {
            String lead = document.leadInventor();
            if (!lead.isEmpty()) {
                byInventor.computeIfAbsent(lead.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(document);
            }
        }
        int named = byInventor.values().stream().mapToInt(List::size).sum();
        if (named == 0) {
            return new Finding("inventor-concentration", Dimensions.INTELLECTUAL_PROPERTY,
                    PatentTopics.INVENTOR_CONCENTRATION, "No patent document in the dossier names an inventor",
                    Polarity.NEUTRAL, Severity.LOW, 0.5, List.of(), Map.of("documentsNamingInventor", "0"), Set.of());
        }
        List<List<PatentDocument>> ranked = byInventor.values().stream()
                .sorted(Comparator.<List<PatentDocument>>comparingInt(List::size).reversed()
                        .thenComparing(l -> l.get(0).leadInventor().toLowerCase(Locale.ROOT)))
                .toList();
        int topCount = ranked.get(0).size();
        List<List<PatentDocument>> leaders = ranked.stream().filter(l -> l.size() == topCount).toList();
        double topShare = topCount / (double) named;
        double topThreeShare = ranked.stream().limit(TOP).mapToInt(List::size).sum() / (double) named;
        return finding(named, byInventor.size(), leaders, topShare, topThreeShare);
    }

    private static Finding finding(int named, int distinct, List<List<PatentDocument>> leaders, double topShare,
            double topThreeShare) {
        String names = leaders.stream().map(l -> l.get(0).leadInventor()).collect(Collectors.joining(", "));
        Polarity polarity = topShare >= CONCENTRATED ? Polarity.NEGATIVE
                : topShare <= SPREAD && named >= MIN_DOCUMENTS ? Polarity.POSITIVE : Polarity.NEUTRAL;
        Severity severity = topShare >= HIGHLY_CONCENTRATED ? Severity.HIGH
                : polarity == Polarity.NEGATIVE ? Severity.MEDIUM : Severity.LOW;
        String verdict = switch (polarity) {
            case NEGATIVE -> "invention is concentrated in few people (key-person risk)";
            case POSITIVE -> "invention is spread across many people";
            case NEUTRAL -> "moderate concentration";
        };
        String claim = String.format(Locale.ROOT,
                "The most frequent lead inventor (%s) names %.0f%% of %d documents and the top %d %.0f%%, among %d"
                        + " distinct lead inventors: %s", names, 100 * topShare, named, TOP, 100 * topThreeShare,
                distinct, verdict);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("topInventors", names);
        attributes.put("topCount", Integer.toString(leaders.get(0).size()));
        attributes.put("topShare", String.format(Locale.ROOT, "%.3f", topShare));
        attributes.put("topThreeShare", String.format(Locale.ROOT, "%.3f", topThreeShare));
        attributes.put("distinctLeadInventors", Integer.toString(distinct));
        attributes.put("documentsNamingInventor", Integer.toString(named));
        List<Evidence> evidence = leaders.stream().flatMap(List::stream).limit(6)
                .map(d -> new Evidence(d.file(), d.documentId(), d.inventors())).toList();
        return new Finding("inventor-concentration", Dimensions.INTELLECTUAL_PROPERTY,
                PatentTopics.INVENTOR_CONCENTRATION, claim, polarity, severity, 0.7, evidence, attributes, Set.of());
    }
}
