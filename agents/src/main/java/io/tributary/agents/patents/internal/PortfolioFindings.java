package io.tributary.agents.patents.internal;

import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Size, kind split and recency of a portfolio. Recency is judged against today's date: a
 * portfolio whose newest publication is over {@value #DORMANT_MONTHS} months old has gone quiet,
 * one with a publication in the last {@value #ACTIVE_MONTHS} months is still being built.
 */
public final class PortfolioFindings {

    static final int ACTIVE_MONTHS = 24;
    static final int DORMANT_MONTHS = 36;

    private PortfolioFindings() {
    }

    /** {@code patents.portfolio-size}: how many documents, and how many the searches matched. */
    public static Finding size(Portfolio portfolio) {
        int held = portfolio.documents().size();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("documents", Integer.toString(held));
        attributes.put("files", Integer.toString(portfolio.searches().size()));
        List<Evidence> evidence = new ArrayList<>();
        String claim = held + " patent documents in the dossier";
        if (portfolio.numFound().isPresent()) {
            int found = portfolio.numFound().getAsInt();
            attributes.put("numFound", Integer.toString(found));
            claim += portfolio.isSample()
                    ? String.format(Locale.ROOT, ", a sample of the %,d documents the USPTO search matched", found)
                    : ", all the USPTO search matched";
            portfolio.searches().forEach(s -> s.numFound().ifPresent(n ->
                    evidence.add(new Evidence(s.file(), "numFound", Integer.toString(n)))));
        }
        if (evidence.isEmpty()) {
            portfolio.searches().forEach(s -> evidence.add(new Evidence(s.file(), "docs", "")));
        }
        return new Finding("portfolio-size", Dimensions.INTELLECTUAL_PROPERTY, PatentTopics.PORTFOLIO_SIZE, claim,
                Polarity.NEUTRAL, Severity.LOW, 0.95, evidence, attributes, Set.of());
    }

    /** {@code patents.kind-split}: grants, applications, designs and the rest. */
    public static Finding kindSplit(Portfolio portfolio) {
        Map<DocumentKind, List<PatentDocument>> byKind = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        portfolio.documents().forEach(d -> byKind.get(d.kind()).add(d));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("grants", count(byKind, DocumentKind.GRANT));
        attributes.put("applications", count(byKind, DocumentKind.APPLICATION));
        attributes.put("designs", count(byKind, DocumentKind.DESIGN));
        attributes.put("plants", count(byKind, DocumentKind.PLANT));
        attributes.put("reissues", count(byKind, DocumentKind.REISSUE));
        attributes.put("other", count(byKind, DocumentKind.OTHER));
        String split = byKind.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getValue().size() + " " + e.getKey().description() + (e.getValue().size() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
        List<Evidence> examples = byKind.values().stream().filter(l -> !l.isEmpty())
                .map(l -> new Evidence(l.get(0).file(), l.get(0).documentId(), l.get(0).documentId())).toList();
        return new Finding("kind-split", Dimensions.INTELLECTUAL_PROPERTY, PatentTopics.KIND_SPLIT,
                "Of " + portfolio.documents().size() + " patent documents: " + split, Polarity.NEUTRAL, Severity.LOW,
                0.9, examples, attributes, Set.of());
    }

    /** {@code patents.recency}: the span of publication dates and the age of the newest. */
    public static Finding recency(Portfolio portfolio, LocalDate today) {
        List<PatentDocument> documents = portfolio.documents();
        PatentDocument newest = documents.get(0);
        PatentDocument oldest = documents.get(documents.size() - 1);
        long monthsSince = ChronoUnit.MONTHS.between(newest.published(), today);
        double spanMonths = Math.max(1.0, ChronoUnit.DAYS.between(oldest.published(), newest.published()) / 30.44);
        double perMonth = documents.size() / spanMonths;
        Polarity polarity = monthsSince <= ACTIVE_MONTHS ? Polarity.POSITIVE
                : monthsSince > DORMANT_MONTHS ? Polarity.NEGATIVE : Polarity.NEUTRAL;
        Severity severity = polarity == Polarity.NEGATIVE ? Severity.MEDIUM : Severity.LOW;
        String state = switch (polarity) {
            case POSITIVE -> "the portfolio is still being added to";
            case NEGATIVE -> "no newer publication in the dossier: the portfolio may have gone quiet";
            case NEUTRAL -> "check for newer publications";
        };
        String claim = String.format(Locale.ROOT,
                "Patent documents published from %s to %s (%.1f a month%s); the newest is %d months old on %s: %s",
                oldest.published(), newest.published(), perMonth, portfolio.isSample() ? " in this sample" : "",
                monthsSince, today, state);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("earliest", oldest.published().toString());
        attributes.put("latest", newest.published().toString());
        attributes.put("perMonth", String.format(Locale.ROOT, "%.1f", perMonth));
        attributes.put("monthsSinceLatest", Long.toString(monthsSince));
        attributes.put("asOf", today.toString());
        List<Evidence> evidence = List.of(
                new Evidence(newest.file(), newest.documentId(), newest.published().toString()),
                new Evidence(oldest.file(), oldest.documentId(), oldest.published().toString()));
        return new Finding("recency", Dimensions.INTELLECTUAL_PROPERTY, PatentTopics.RECENCY, claim, polarity,
                severity, 0.8, evidence, attributes, Set.of());
    }

    private static String count(Map<DocumentKind, List<PatentDocument>> byKind, DocumentKind kind) {
        return Integer.toString(byKind.get(kind).size());
    }
}
