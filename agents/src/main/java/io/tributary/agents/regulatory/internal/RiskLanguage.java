package io.tributary.agents.regulatory.internal;

import io.tributary.agents.sec.FilingText;
import io.tributary.agents.sec.Section;
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
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds risk language in a filing's text and reports it once per term and document, with a few
 * passages as evidence. A term stated as fact weighs more than one raised as a possibility (risk
 * factors are full of "could be subject to investigations"), and a term that recurs through a
 * filing as fact weighs more still. Exhibit indexes and certifications (Items 15 and 16) are
 * boilerplate and are not read.
 */
public final class RiskLanguage {

    /** Longest quote kept from one passage. */
    public static final int MAX_QUOTE = Sentences.MAX_QUOTE;
    /** Passages kept as evidence per finding. */
    public static final int MAX_EVIDENCE = 3;
    /** Occurrences, most of them stated as fact, that make a term weigh one step more. */
    public static final int RECURRING = 10;

    private static final Set<String> BOILERPLATE_ITEMS = Set.of("15", "16");
    private static final int LOOK_BEHIND = 30;
    private static final Map<String, Pattern> REGULATORS = new LinkedHashMap<>();

    static {
        regulator("FAA", "\\bFAA\\b|Federal Aviation Administration");
        regulator("DOJ", "\\bDOJ\\b|Department of Justice");
        regulator("SEC", "\\bSEC\\b|Securities and Exchange Commission");
        regulator("NHTSA", "\\bNHTSA\\b|National Highway Traffic Safety Administration");
        regulator("FTC", "\\bFTC\\b|Federal Trade Commission");
        regulator("FDA", "\\bFDA\\b|Food and Drug Administration");
        regulator("EPA", "\\bEPA\\b|Environmental Protection Agency");
        regulator("NTSB", "\\bNTSB\\b|National Transportation Safety Board");
        regulator("European Commission", "European Commission");
    }

    private RiskLanguage() {
    }

    private static void regulator(String name, String regex) {
        REGULATORS.put(name, Pattern.compile(regex));
    }

    /** One {@code regulatory.risk-language} finding per term found in {@code text}. */
    public static List<Finding> scan(FilingText text) {
        List<Finding> findings = new ArrayList<>();
        for (RiskTerm term : RiskTerm.values()) {
            List<Passage> passages = passages(text, term);
            if (!passages.isEmpty()) {
                findings.add(finding(text.file(), term, passages));
            }
        }
        return findings;
    }

    private static List<Passage> passages(FilingText text, RiskTerm term) {
        List<Passage> passages = new ArrayList<>();
        Matcher m = term.pattern().matcher(text.text());
        while (m.find()) {
            if (skipped(text, term, m.start())) {
                continue;
            }
            String sentence = Sentences.sentence(text.text(), m.start(), m.end());
            List<String> regulators = regulators(sentence);
            passages.add(new Passage(m.start(), text.locate(m.start()), Sentences.bound(sentence, m.group()),
                    Sentences.hedged(sentence), regulators));
        }
        return passages;
    }

    /**
     * True for a match in boilerplate (exhibit index, certifications) or one that is another meaning
     * of the term. Only the last section of a boilerplate item is boilerplate: an earlier one is the
     * table of contents, and the text after it (an explanatory note, forward-looking statements) is
     * the filing's own.
     */
    static boolean skipped(FilingText text, RiskTerm term, int offset) {
        Section section = text.sectionAt(offset).orElse(null);
        String before = text.text().substring(Math.max(0, offset - LOOK_BEHIND), offset);
        return section != null && BOILERPLATE_ITEMS.contains(section.item()) && lastOfItem(text, section)
                || term.excludedAfter(before);
    }

    private static boolean lastOfItem(FilingText text, Section section) {
        return text.sections().stream().noneMatch(s -> s.item().equals(section.item()) && s.start() > section.start());
    }

    /** The authorities a sentence names, such as {@code FAA} or {@code SEC}, in a fixed order. */
    static List<String> regulators(String sentence) {
        return REGULATORS.entrySet().stream().filter(e -> e.getValue().matcher(sentence).find())
                .map(Map.Entry::getKey).toList();
    }

    private static Finding finding(String file, RiskTerm term, List<Passage> passages) {
        long hedged = passages.stream().filter(Passage::hedged).count();
        int count = passages.size();
        Severity severity = term.weight();
        if (hedged == count) {
            severity = severity == Severity.HIGH ? Severity.MEDIUM : Severity.LOW;
        } else if (count >= RECURRING && hedged * 2 <= count && severity != Severity.HIGH) {
            severity = Severity.values()[severity.ordinal() + 1];
        }
        Set<String> regulators = new LinkedHashSet<>();
        Set<String> sections = new LinkedHashSet<>();
        passages.forEach(p -> {
            regulators.addAll(p.regulators());
            sections.add(p.where());
        });
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("term", term.term());
        attributes.put("count", String.valueOf(count));
        attributes.put("hedged", String.valueOf(hedged));
        attributes.put("regulators", String.join(",", regulators));
        attributes.put("sections", String.join(" | ", sections.stream().limit(5).toList()));
        String claim = "'" + term.term() + "' appears " + count + (count == 1 ? " time" : " times") + " in " + file
                + (hedged > 0 ? " (" + hedged + " as a possibility)" : "")
                + (regulators.isEmpty() ? "" : "; authorities named alongside: " + String.join(", ", regulators));
        return new Finding("risk:" + file + ":" + term.slug(), Dimensions.REGULATORY_LEGAL, "regulatory.risk-language",
                claim, Polarity.NEGATIVE, severity, hedged == count ? 0.5 : 0.7, evidence(file, passages),
                attributes, Set.of());
    }

    private static List<Evidence> evidence(String file, List<Passage> passages) {
        Comparator<Passage> order = Comparator.comparing(Passage::hedged)
                .thenComparing(p -> p.regulators().isEmpty())
                .thenComparingInt(Passage::offset);
        List<Evidence> evidence = new ArrayList<>();
        passages.stream().sorted(order).limit(MAX_EVIDENCE).sorted(Comparator.comparingInt(Passage::offset))
                .forEach(p -> evidence.add(new Evidence(file, p.where() + " (occurrence "
                        + (passages.indexOf(p) + 1) + " of " + passages.size() + ")", p.quote())));
        return evidence;
    }
}
