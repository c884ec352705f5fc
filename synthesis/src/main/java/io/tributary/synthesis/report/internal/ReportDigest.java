package io.tributary.synthesis.report.internal;

import io.tributary.api.finding.Severity;
import io.tributary.api.synthesis.Statement;
import io.tributary.synthesis.internal.Recency;
import io.tributary.synthesis.report.internal.ReportModel.DimensionView;
import io.tributary.synthesis.report.internal.ReportModel.FindingView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the HTML report shows first and how it folds long lists, computed from the report model:
 * the answer on one screen (the deciding reasons with their periods, what is missing, what to
 * check), one row per dimension, 8-K items grouped by item and year, headlines grouped by their
 * balance. The JSON report keeps every finding; this only decides what the page spells out.
 *
 * @param deciding   the three to five reasons that decide the recommendation
 * @param confidence the confidence formula with this assessment's numbers
 * @param missing    what the assessment lacks, in words
 * @param toCheck    what a reader should check first
 * @param rows       one row per dimension
 * @param sources    the cited conclusions the page lists with their agent run and evidence
 * @param anchored   the ids of {@code sources}, which the page can link to
 */
public record ReportDigest(List<Reason> deciding, String confidence, List<String> missing, List<String> toCheck,
        List<Row> rows, List<FindingView> sources, Set<Long> anchored) {

    /** Reasons shown at the top at most. */
    public static final int MAX_REASONS = 5;
    /** Things to check shown at the top at most. */
    public static final int MAX_CHECKS = 4;

    /** A deciding reason and the periods of the findings it rests on. */
    public record Reason(String text, String periods, List<Long> findingIds) {
    }

    /**
     * One dimension: its rating, the period its conclusions cover, how many there are, its
     * conclusions grouped (8-K items by item, each with its years) for folding, and its history
     * (findings about years before a horizon, shown but never weighed).
     */
    public record Row(DimensionView dimension, String period, int conclusions, List<ItemGroup> items,
            List<FindingView> others, List<Balance> balances, List<FindingView> history) {
    }

    /** The filings that report one 8-K item, with the count per year. */
    public record ItemGroup(String item, String title, String years, List<FindingView> filings, Severity severity) {
    }

    /** How one approach read the headlines: counts per sentiment and a few of each. */
    public record Balance(String approach, Map<String, Integer> counts, Map<String, List<FindingView>> examples) {
    }

    /** Headlines listed per sentiment and approach at most. */
    public static final int EXAMPLES = 3;

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    static ReportDigest of(ReportModel model) {
        Map<Long, FindingView> byId = new LinkedHashMap<>();
        model.findings().forEach(f -> byId.put(f.id(), f));
        List<Reason> deciding = deciding(model.reasons(), byId);
        String confidence = model.reasons().stream().map(Statement::text).filter(t -> t.startsWith("Confidence "))
                .findFirst().orElse("");
        List<Row> rows = model.dimensions().stream().map(d -> row(d, model.findings())).toList();
        // 8-K filings are listed in full with their item; observations are counted; both stay whole in the JSON
        List<FindingView> sources = model.cited().stream().filter(f -> f.severity() != Severity.INFO)
                .filter(f -> !f.attributes().containsKey("accession") || !f.attributes().containsKey("item")).toList();
        Set<Long> anchored = sources.stream().map(FindingView::id).collect(Collectors.toSet());
        return new ReportDigest(deciding, confidence, ReportAnswers.missing(model), ReportAnswers.toCheck(model),
                rows, sources, anchored);
    }

    private static List<Reason> deciding(List<Statement> reasons, Map<Long, FindingView> byId) {
        List<Statement> candidates = reasons.stream().skip(1).filter(s -> !s.text().startsWith("Confidence "))
                .toList();
        List<Statement> chosen = new ArrayList<>(candidates.stream().filter(s -> !s.findingIds().isEmpty())
                .limit(MAX_REASONS).toList());
        candidates.stream().filter(s -> s.findingIds().isEmpty()).limit(Math.max(0, 3 - chosen.size()))
                .forEach(chosen::add);
        return chosen.stream().map(s -> new Reason(shorten(s.text()), periods(s.findingIds(), byId), s.findingIds()))
                .toList();
    }

    /** The distinct periods of some findings, latest first, at most three. */
    static String periods(List<Long> ids, Map<Long, FindingView> byId) {
        var periods = ids.stream().map(byId::get).filter(Objects::nonNull)
                .map(f -> f.attributes().get("period")).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> new TreeSet<String>(Comparator.reverseOrder())));
        List<String> shown = periods.stream().limit(3).toList();
        return shown.isEmpty() ? "" : String.join(", ", shown) + (periods.size() > 3 ? ", ..." : "");
    }

    private static Row row(DimensionView d, List<FindingView> all) {
        var conclusions = d.conclusions();
        var items = new TreeMap<String, List<FindingView>>();
        var others = new ArrayList<FindingView>();
        for (FindingView f : conclusions) {
            String item = f.attributes().get("item");
            if (item != null && f.attributes().containsKey("accession")) {
                items.computeIfAbsent(item, k -> new ArrayList<>()).add(f);
            } else {
                others.add(f);
            }
        }
        var groups = items.entrySet().stream().map(e -> itemGroup(e.getKey(), e.getValue())).toList();
        var own = all.stream().filter(f -> f.dimension().equals(d.dimension())).toList();
        var balances = ReportAnswers.balances(own.stream()
                .filter(f -> "press.headline-sentiment".equals(f.topic())).toList());
        var history = own.stream().filter(f -> "true".equalsIgnoreCase(f.attributes().get(Recency.HISTORY))).toList();
        return new Row(d, span(conclusions), conclusions.size(), groups, others, balances, history);
    }

    private static ItemGroup itemGroup(String item, List<FindingView> filings) {
        var perYear = new TreeMap<String, Integer>();
        filings.forEach(f -> perYear.merge(f.attributes().getOrDefault("year", "undated"), 1, Integer::sum));
        String years = perYear.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        var sorted = filings.stream().sorted(Comparator.comparing(
                (FindingView f) -> f.attributes().getOrDefault("filingDate", "")).reversed()).toList();
        String claim = sorted.get(0).claim();
        int open = claim.indexOf('(');
        int close = claim.indexOf("):");
        String title = open >= 0 && close > open ? claim.substring(open + 1, close) : "";
        Severity worst = filings.stream().map(FindingView::severity).max(Enum::compareTo).orElse(Severity.INFO);
        return new ItemGroup(item, title, years, sorted, worst);
    }

    /** The span of the periods a dimension's conclusions state, such as {@code 2014-2024}. */
    private static String span(List<FindingView> conclusions) {
        var years = new TreeSet<Integer>();
        for (FindingView f : conclusions) {
            String period = f.attributes().get("period");
            if (period != null) {
                var m = YEAR.matcher(period);
                while (m.find()) {
                    years.add(Integer.parseInt(m.group()));
                }
            }
        }
        if (years.isEmpty()) {
            return "";
        }
        return years.first().equals(years.last()) ? String.valueOf(years.first()) : years.first() + "-" + years.last();
    }

    /** A reason cut to a readable length for the top of the page; the whole text stays in the JSON. */
    static String shorten(String text) {
        return text.length() <= 260 ? text : text.substring(0, 257).strip() + "...";
    }
}
