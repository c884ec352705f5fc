package io.tributary.agents.press.internal;

import io.tributary.agents.press.Sentiment;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Concludes the balance of the press coverage from the per-headline findings. One side "clearly
 * dominates" when it has at least {@value #DOMINANCE_RATIO} times as many headlines as the other
 * (three to two or more) among at least {@value #MIN_POLAR} polar headlines; anything closer is
 * reported as balanced, because a slight lean in a few dozen headlines is within what two
 * classifiers already disagree on. Severity grows with the number of polar headlines and the
 * dominant side's share; confidence with the margin measured in standard errors.
 */
public final class SentimentBalance {

    static final double DOMINANCE_RATIO = 1.5;
    static final int MIN_POLAR = 3;
    static final int MEDIUM_POLAR = 10;
    static final int HIGH_POLAR = 20;
    static final double HIGH_SHARE = 0.75;
    static final int EVIDENCE = 3;

    private SentimentBalance() {
    }

    /** The {@code press.sentiment-balance} finding, or empty when no headline was classified. */
    public static Optional<Finding> conclude(String approach, List<Finding> itemFindings) {
        Map<String, Finding> headlines = byKey(itemFindings, PressTopics.HEADLINE_SENTIMENT);
        headlines.values().removeIf(f -> !Sentiment.isLabel(f.attributes().get(PressTopics.SENTIMENT)));
        if (headlines.isEmpty()) {
            return Optional.empty();
        }
        Map<Sentiment, List<Finding>> bySentiment = new EnumMap<>(Sentiment.class);
        for (Sentiment s : Sentiment.values()) {
            bySentiment.put(s, new ArrayList<>());
        }
        headlines.values().forEach(f -> bySentiment.get(sentiment(f)).add(f));
        int bullish = bySentiment.get(Sentiment.BULLISH).size();
        int bearish = bySentiment.get(Sentiment.BEARISH).size();
        int neutral = bySentiment.get(Sentiment.NEUTRAL).size();
        int releases = byKey(itemFindings, PressTopics.COMPANY_RELEASE).size();
        Polarity polarity = polarity(bullish, bearish);

        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("bullish", Integer.toString(bullish));
        attributes.put("bearish", Integer.toString(bearish));
        attributes.put("neutral", Integer.toString(neutral));
        attributes.put("headlines", Integer.toString(headlines.size()));
        attributes.put("companyReleases", Integer.toString(releases));
        attributes.put(PressTopics.APPROACH, approach);
        return Optional.of(new Finding("sentiment-balance", Dimensions.MARKET_PERCEPTION, PressTopics.SENTIMENT_BALANCE,
                claim(polarity, bullish, bearish, neutral, releases, approach), polarity,
                severity(polarity, bullish, bearish), confidence(polarity, bullish, bearish, headlines.size()),
                evidence(polarity, bySentiment), attributes, Set.of()));
    }

    static Polarity polarity(int bullish, int bearish) {
        if (bullish + bearish < MIN_POLAR) {
            return Polarity.NEUTRAL;
        }
        if (bullish > bearish && bullish >= DOMINANCE_RATIO * bearish) {
            return Polarity.POSITIVE;
        }
        if (bearish > bullish && bearish >= DOMINANCE_RATIO * bullish) {
            return Polarity.NEGATIVE;
        }
        return Polarity.NEUTRAL;
    }

    private static Severity severity(Polarity polarity, int bullish, int bearish) {
        int polar = bullish + bearish;
        if (polarity == Polarity.NEUTRAL || polar < MEDIUM_POLAR) {
            return Severity.LOW;
        }
        double share = Math.max(bullish, bearish) / (double) polar;
        return polar >= HIGH_POLAR && share >= HIGH_SHARE ? Severity.HIGH : Severity.MEDIUM;
    }

    /** Grows with |bullish - bearish| / sqrt(polar) for a lean, shrinks with it for a balance. */
    private static double confidence(Polarity polarity, int bullish, int bearish, int headlines) {
        int polar = bullish + bearish;
        double z = polar == 0 ? 0.0 : Math.abs(bullish - bearish) / Math.sqrt(polar);
        if (polarity != Polarity.NEUTRAL) {
            return 0.5 + 0.45 * z / (z + 1.0);
        }
        double sample = headlines / (headlines + 10.0);
        return 0.3 + 0.6 * sample / (z + 1.0);
    }

    private static String claim(Polarity polarity, int bullish, int bearish, int neutral, int releases,
            String approach) {
        int total = bullish + bearish + neutral;
        String lean = switch (polarity) {
            case POSITIVE -> "Press coverage leans bullish";
            case NEGATIVE -> "Press coverage leans bearish";
            case NEUTRAL -> bullish + bearish < MIN_POLAR
                    ? "Too few bullish or bearish headlines to call a lean in press coverage"
                    : "Press coverage is balanced, neither side clearly dominates";
        };
        String counts = String.format(Locale.ROOT, ": %d bullish, %d bearish and %d neutral of %d headlines",
                bullish, bearish, neutral, total);
        String own = releases == 0 ? "" : ", " + releases + " of them the company's own release";
        return lean + counts + own + " (approach " + approach + ")";
    }

    private static List<Evidence> evidence(Polarity polarity, Map<Sentiment, List<Finding>> bySentiment) {
        Comparator<Finding> strongestBullish = Comparator.comparingDouble(SentimentBalance::score).reversed();
        Comparator<Finding> strongestBearish = Comparator.comparingDouble(SentimentBalance::score);
        List<Finding> chosen = new ArrayList<>();
        if (polarity != Polarity.NEGATIVE) {
            int n = polarity == Polarity.POSITIVE ? EVIDENCE : EVIDENCE - 1;
            bySentiment.get(Sentiment.BULLISH).stream().sorted(strongestBullish).limit(n).forEach(chosen::add);
        }
        if (polarity != Polarity.POSITIVE) {
            int n = polarity == Polarity.NEGATIVE ? EVIDENCE : EVIDENCE - 1;
            bySentiment.get(Sentiment.BEARISH).stream().sorted(strongestBearish).limit(n).forEach(chosen::add);
        }
        return chosen.stream().flatMap(f -> f.evidence().stream().limit(1)).toList();
    }

    private static Sentiment sentiment(Finding finding) {
        return Sentiment.ofLabel(finding.attributes().get(PressTopics.SENTIMENT));
    }

    private static double score(Finding finding) {
        String score = finding.attributes().get(PressTopics.SCORE);
        return score == null ? 0.0 : Double.parseDouble(score);
    }

    private static Map<String, Finding> byKey(List<Finding> findings, String topic) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        findings.stream().filter(f -> topic.equals(f.topic())).forEach(f -> byKey.putIfAbsent(f.key(), f));
        return byKey;
    }
}
