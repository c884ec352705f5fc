package io.tributary.synthesis.internal;

import io.tributary.api.finding.Severity;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Consensus;
import io.tributary.api.synthesis.Disagreement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the answers of independent approaches to the same agent role (a lexicon and a model,
 * two prompts) subject by subject. Agreement is the hallucination check: a subject the
 * approaches answer differently is disputed, and its findings are never taken as settled.
 *
 * <p>Per-item observations are matched by topic and key (the same headline); a conclusion that
 * each approach draws once (the press balance) is matched by topic alone, since approaches may
 * key their conclusions differently. The answer compared is the {@code sentiment} attribute when
 * every finding on the subject has one, their polarity otherwise.
 */
public final class ConsensusCheck {

    /** The attribute compared in preference to polarity. */
    public static final String SENTIMENT = "sentiment";

    private ConsensusCheck() {
    }

    /** One consensus per role that ran two or more approaches, sorted by role. */
    public static List<Consensus> of(List<StoredFinding> findings) {
        var byRole = findings.stream().collect(Collectors.groupingBy(StoredFinding::agent, TreeMap::new,
                Collectors.groupingBy(StoredFinding::approach, TreeMap::new, Collectors.toList())));
        var result = new ArrayList<Consensus>();
        byRole.forEach((role, byApproach) -> {
            if (byApproach.size() >= 2) {
                result.add(compare(role, byApproach));
            }
        });
        return result;
    }

    private static Consensus compare(String role, Map<String, List<StoredFinding>> byApproach) {
        var answers = new TreeMap<String, Map<String, StoredFinding>>();
        byApproach.forEach((approach, findings) -> subjects(findings).forEach(
                (subject, finding) -> answers.computeIfAbsent(subject, s -> new TreeMap<>()).put(approach, finding)));
        int compared = 0;
        int agreed = 0;
        var disagreements = new ArrayList<Disagreement>();
        for (var entry : answers.entrySet()) {
            var perApproach = entry.getValue();
            if (perApproach.size() < 2) {
                continue;
            }
            compared++;
            boolean bySentiment = perApproach.values().stream().allMatch(f -> sentiment(f) != null);
            var values = new TreeMap<String, String>();
            perApproach.forEach((approach, finding) -> values.put(approach,
                    bySentiment ? sentiment(finding) : finding.finding().polarity().name().toLowerCase(Locale.ROOT)));
            if (new TreeSet<>(values.values()).size() == 1) {
                agreed++;
            } else {
                var ids = perApproach.values().stream().map(StoredFinding::id).sorted().toList();
                disagreements.add(new Disagreement(entry.getKey(), values, ids));
            }
        }
        return new Consensus(role, List.copyOf(byApproach.keySet()), compared, agreed, disagreements);
    }

    /** The subjects one approach answered, each with its finding; the first finding wins a tie. */
    private static Map<String, StoredFinding> subjects(List<StoredFinding> findings) {
        var perTopic = findings.stream()
                .filter(Settlement::conclusion)
                .collect(Collectors.groupingBy(f -> f.finding().topic(), Collectors.counting()));
        var subjects = new LinkedHashMap<String, StoredFinding>();
        for (var stored : findings) {
            var finding = stored.finding();
            boolean soleConclusion = finding.severity() != Severity.INFO && perTopic.get(finding.topic()) == 1;
            var subject = soleConclusion ? finding.topic() : finding.topic() + " " + finding.key();
            subjects.putIfAbsent(subject, stored);
        }
        return subjects;
    }

    private static String sentiment(StoredFinding stored) {
        var sentiment = stored.finding().attributes().get(SENTIMENT);
        return sentiment == null || sentiment.isBlank() ? null : sentiment.trim().toLowerCase(Locale.ROOT);
    }
}
