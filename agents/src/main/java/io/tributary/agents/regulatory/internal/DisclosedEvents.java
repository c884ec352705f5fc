package io.tributary.agents.regulatory.internal;

import io.tributary.agents.sec.FilingText;
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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads a filing's text for legal and regulatory events it discloses, with the disclosing
 * sentences as evidence: one {@code regulatory.<event>} finding per event and document. Beside it,
 * for every event term the text names, one {@code regulatory.risk-language} observation (INFO, keyed
 * like the word-count reading's finding so the consensus check compares the two): negative when the
 * event is disclosed, neutral and marked {@value #OBSERVATION}={@value #CONDITIONAL} when the text
 * raises it only as a possibility. An observation never decides a rating.
 */
public final class DisclosedEvents {

    /** Attribute marking a finding that is an observation, not a conclusion. */
    public static final String OBSERVATION = "observation";
    /** {@value #OBSERVATION} of a term the text raises only as a possibility or in general terms. */
    public static final String CONDITIONAL = "conditional";
    /** Disclosing sentences kept as evidence per event. */
    public static final int MAX_EVIDENCE = 3;

    private DisclosedEvents() {
    }

    /** The events {@code text} discloses and the observation of each term it names. */
    public static List<Finding> scan(FilingText text) {
        Optional<String> period = FilingPeriod.of(text);
        List<Finding> findings = new ArrayList<>();
        for (DisclosedEvent event : DisclosedEvent.values()) {
            Reading reading = read(text, event);
            if (reading.sentences() == 0) {
                continue;
            }
            if (!reading.disclosing().isEmpty()) {
                findings.add(disclosure(text.file(), event, reading, period));
            }
            findings.add(observation(text.file(), event, reading, period));
        }
        return findings;
    }

    /** The sentences that name an event, the disclosing ones with where they stand. */
    private record Reading(int sentences, int disclosingCount, List<Evidence> disclosing, Evidence firstMention,
            Set<String> regulators) {
    }

    /** One sentence that states the event as fact: where, which of the sentences naming it, what it says. */
    private record Disclosure(int offset, int sentence, String quote, List<String> regulators) {
    }

    private static Reading read(FilingText text, DisclosedEvent event) {
        Matcher m = event.cue().matcher(text.text());
        int lastSentenceEnd = -1;
        int sentences = 0;
        List<Disclosure> disclosing = new ArrayList<>();
        Evidence first = null;
        Set<String> regulators = new LinkedHashSet<>();
        while (m.find()) {
            if (m.start() < lastSentenceEnd || event.term().map(t -> RiskLanguage.skipped(text, t, m.start())).orElse(false)) {
                continue;
            }
            int[] span = Sentences.around(text.text(), m.start(), m.end());
            lastSentenceEnd = span[1];
            sentences++;
            String sentence = Sentences.collapse(text.text().substring(span[0], span[1]));
            String quote = Sentences.bound(sentence, m.group());
            if (first == null) {
                first = new Evidence(text.file(), text.locate(m.start()), quote);
            }
            List<String> named = RiskLanguage.regulators(sentence);
            if (event.disclosedBy(sentence, !named.isEmpty())) {
                disclosing.add(new Disclosure(m.start(), sentences, quote, named));
                regulators.addAll(named);
            }
        }
        int total = sentences;
        List<Evidence> evidence = disclosing.stream()
                .sorted(Comparator.comparing((Disclosure d) -> d.regulators().isEmpty()))
                .limit(MAX_EVIDENCE).sorted(Comparator.comparingInt(Disclosure::offset))
                .map(d -> new Evidence(text.file(), text.locate(d.offset()) + " (sentence " + d.sentence() + " of "
                        + total + " naming " + event.termName() + ")", d.quote()))
                .toList();
        return new Reading(sentences, disclosing.size(), evidence, first, regulators);
    }

    private static Finding disclosure(String file, DisclosedEvent event, Reading reading, Optional<String> period) {
        Map<String, String> attributes = attributes(event, reading, period);
        attributes.put("reading", "disclosed-event");
        Severity severity = event.severity();
        if (!reading.regulators().isEmpty() && severity == Severity.MEDIUM) {
            severity = Severity.HIGH;
        }
        String authorities = reading.regulators().isEmpty() ? ""
                : " (authorities named: " + String.join(", ", reading.regulators()) + ")";
        String claim = file + period.map(p -> " (" + p + ")").orElse("") + " discloses " + event.title()
                + authorities + ": \"" + shortQuote(reading.disclosing().get(0).quote()) + "\"";
        return new Finding("event:" + file + ":" + event.slug(), Dimensions.REGULATORY_LEGAL, event.topic(), claim,
                Polarity.NEGATIVE, severity, 0.9, reading.disclosing(), attributes, Set.of());
    }

    private static Finding observation(String file, DisclosedEvent event, Reading reading, Optional<String> period) {
        boolean disclosed = !reading.disclosing().isEmpty();
        Map<String, String> attributes = attributes(event, reading, period);
        attributes.put("reading", disclosed ? "disclosed-event" : "possibility-only");
        if (!disclosed) {
            attributes.put(OBSERVATION, CONDITIONAL);
        }
        String times = reading.sentences() + (reading.sentences() == 1 ? " sentence" : " sentences");
        String claim = disclosed
                ? file + " discloses " + event.title() + " (" + reading.disclosingCount() + " of " + times
                        + " naming " + event.termName() + " state it as fact)"
                : "'" + event.termName() + "' is named in " + times + " of " + file
                        + " only as a possibility or in general terms; no disclosed event (an observation that"
                        + " decides no rating)";
        List<Evidence> evidence = disclosed ? reading.disclosing().subList(0, 1) : List.of(reading.firstMention());
        return new Finding("risk:" + file + ":" + event.slug(), Dimensions.REGULATORY_LEGAL, "regulatory.risk-language",
                claim, disclosed ? Polarity.NEGATIVE : Polarity.NEUTRAL, Severity.INFO, disclosed ? 0.9 : 0.5, evidence,
                attributes, Set.of());
    }

    private static Map<String, String> attributes(DisclosedEvent event, Reading reading, Optional<String> period) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("event", event.slug());
        attributes.put("term", event.termName());
        attributes.put("sentences", String.valueOf(reading.sentences()));
        attributes.put("disclosing", String.valueOf(reading.disclosingCount()));
        attributes.put("regulators", String.join(",", reading.regulators()));
        period.ifPresent(p -> attributes.put("period", p));
        return attributes;
    }

    private static String shortQuote(String quote) {
        return quote.length() <= 160 ? quote : quote.substring(0, 157).strip() + "...";
    }
}
