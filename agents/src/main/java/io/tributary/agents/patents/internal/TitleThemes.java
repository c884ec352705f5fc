package io.tributary.agents.patents.internal;

import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Technology themes from document titles: the words and two-word phrases that recur across distinct
 * titles (in at least {@value #MIN_DOCUMENTS}), after dropping function words and the boilerplate
 * of patent titles ("system and method", "apparatus"). Plurals are folded ("batteries" counts as
 * "battery") so one theme is not split in two. An application and its grant, or continuations,
 * often share a title; counting each title once keeps one invention family from passing for a
 * theme.
 */
public final class TitleThemes {

    static final int MIN_DOCUMENTS = 2;
    static final int TERMS = 5;
    static final int PHRASES = 3;

    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "by", "from", "at", "as", "or", "its",
            "into", "via", "using", "use", "based", "thereof", "therefor", "same", "making", "made", "having",
            "including", "non", "system", "method", "apparatus", "device", "process", "assembly", "arrangement",
            "structure", "composition", "technique", "enhanced", "improved", "novel", "new", "related");

    private TitleThemes() {
    }

    /** {@code patents.themes}: recurring title terms and phrases with the number of titles naming each. */
    public static Finding of(Portfolio portfolio) {
        Map<String, List<PatentDocument>> terms = new LinkedHashMap<>();
        Map<String, List<PatentDocument>> phrases = new LinkedHashMap<>();
        Set<String> titles = new LinkedHashSet<>();
        for (PatentDocument document : portfolio.documents()) {
            List<String> words = words(document.title());
            String signature = words.stream().filter(TitleThemes::isContent).collect(Collectors.joining(" "));
            if (!titles.add(signature)) {
                continue;
            }
            Set<String> seenTerms = new LinkedHashSet<>();
            Set<String> seenPhrases = new LinkedHashSet<>();
            for (int i = 0; i < words.size(); i++) {
                if (isContent(words.get(i))) {
                    seenTerms.add(words.get(i));
                    if (i > 0 && isContent(words.get(i - 1))) {
                        seenPhrases.add(words.get(i - 1) + " " + words.get(i));
                    }
                }
            }
            seenTerms.forEach(t -> terms.computeIfAbsent(t, k -> new ArrayList<>()).add(document));
            seenPhrases.forEach(p -> phrases.computeIfAbsent(p, k -> new ArrayList<>()).add(document));
        }
        List<Map.Entry<String, List<PatentDocument>>> topTerms = top(terms, TERMS);
        List<Map.Entry<String, List<PatentDocument>>> topPhrases = top(phrases, PHRASES);
        return finding(titles.size(), topTerms, topPhrases);
    }

    private static Finding finding(int titles, List<Map.Entry<String, List<PatentDocument>>> topTerms,
            List<Map.Entry<String, List<PatentDocument>>> topPhrases) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("themes", listed(topTerms));
        attributes.put("phrases", listed(topPhrases));
        attributes.put("distinctTitles", Integer.toString(titles));
        String claim = topTerms.isEmpty()
                ? "No technology theme recurs across the " + titles + " distinct patent titles"
                : "Recurring technology themes in " + titles + " distinct patent titles: "
                        + listed(topTerms) + (topPhrases.isEmpty() ? "" : "; recurring phrases: " + listed(topPhrases));
        Set<String> cited = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (var theme : topTerms) {
            PatentDocument example = theme.getValue().stream().filter(d -> !cited.contains(d.documentId()))
                    .findFirst().orElse(theme.getValue().get(0));
            if (cited.add(example.documentId())) {
                evidence.add(new Evidence(example.file(), example.documentId(), example.title()));
            }
        }
        return new Finding("themes", Dimensions.INTELLECTUAL_PROPERTY, PatentTopics.THEMES, claim, Polarity.NEUTRAL,
                Severity.LOW, 0.7, evidence, attributes, Set.of());
    }

    /** Lower-case words of a title with plurals folded; hyphens and punctuation separate words. */
    static List<String> words(String title) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(title.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(singular(m.group()));
        }
        return words;
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isContent(String word) {
        return word.length() > 2 && !STOP_WORDS.contains(word);
    }

    private static List<Map.Entry<String, List<PatentDocument>>> top(Map<String, List<PatentDocument>> counts, int n) {
        return counts.entrySet().stream().filter(e -> e.getValue().size() >= MIN_DOCUMENTS)
                .sorted(Comparator.<Map.Entry<String, List<PatentDocument>>>comparingInt(e -> e.getValue().size())
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(n).toList();
    }

    private static String listed(List<Map.Entry<String, List<PatentDocument>>> entries) {
        return entries.stream().map(e -> e.getKey() + " (" + e.getValue().size() + ")").collect(Collectors.joining(", "));
    }
}
