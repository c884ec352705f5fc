package io.tributary.synthesis.report.internal;

import io.tributary.synthesis.Rating;
import io.tributary.synthesis.report.internal.ReportModel.FindingView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The parts of the report's answer that read the whole model: what is missing, what to check, headline balances. */
final class ReportAnswers {

    private ReportAnswers() {
    }

    /** Missing agents (with why), dimensions without evidence and dimensions left inconclusive. */
    static List<String> missing(ReportModel model) {
        List<String> missing = new ArrayList<>();
        if (model.decision() != null) {
            for (String agent : model.decision().missingAgents()) {
                String why = model.agents().stream().filter(a -> a.agent().equals(agent)).findFirst()
                        .map(a -> a.status() + (a.error() == null || a.error().isBlank() ? "" : ": " + a.error()))
                        .orElse("no outcome recorded");
                missing.add("Agent " + agent + " did not deliver (" + ReportDigest.shorten(why) + ")");
            }
        }
        model.dimensions().stream().filter(d -> d.rating() == Rating.NO_EVIDENCE || d.rating() == Rating.INCONCLUSIVE)
                .forEach(d -> missing.add(d.title() + ": " + d.rating() + ". " + ReportDigest.shorten(d.basis())));
        return missing;
    }

    /** The checks of open contradictions, then the follow-ups, most important first. */
    static List<String> toCheck(ReportModel model) {
        List<String> checks = new ArrayList<>();
        model.contradictions().forEach(c -> checks.add(c.severity() + ": " + ReportDigest.shorten(c.check())));
        model.followUps().forEach(f -> checks.add(f.priority() + ": " + ReportDigest.shorten(f.action())));
        return checks.stream().distinct().limit(ReportDigest.MAX_CHECKS).toList();
    }

    /** Per approach, how many headlines it read as each sentiment and a few examples of each. */
    static List<ReportDigest.Balance> balances(List<FindingView> headlines) {
        Map<String, List<FindingView>> byApproach = new TreeMap<>();
        headlines.forEach(h -> byApproach.computeIfAbsent(h.approach(), a -> new ArrayList<>()).add(h));
        List<ReportDigest.Balance> balances = new ArrayList<>();
        byApproach.forEach((approach, list) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, List<FindingView>> examples = new LinkedHashMap<>();
            for (String sentiment : List.of("bullish", "bearish", "neutral")) {
                List<FindingView> of = list.stream()
                        .filter(h -> sentiment.equals(h.attributes().get("sentiment"))).toList();
                counts.put(sentiment, of.size());
                examples.put(sentiment, of.stream().limit(ReportDigest.EXAMPLES).toList());
            }
            balances.add(new ReportDigest.Balance(approach, counts, examples));
        });
        return balances;
    }
}
