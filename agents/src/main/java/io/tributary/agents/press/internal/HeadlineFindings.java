package io.tributary.agents.press.internal;

import static io.tributary.agents.press.internal.PressTopics.APPROACH;
import static io.tributary.agents.press.internal.PressTopics.ROW;
import static io.tributary.agents.press.internal.PressTopics.SCORE;
import static io.tributary.agents.press.internal.PressTopics.SENTIMENT;

import io.tributary.agents.press.HeadlineClassifier;
import io.tributary.agents.press.HeadlineSentiment;
import io.tributary.agents.source.Dimensions;
import io.tributary.agents.source.Target;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one headline into its findings: always its sentiment ({@code press.headline-sentiment},
 * key {@code headline:<file>:<row>}), and a {@code press.company-release} finding when it looks
 * like the company's own release.
 */
public final class HeadlineFindings {

    private static final int CLAIM_TEXT_LIMIT = 160;

    private final String approach;
    private final HeadlineClassifier classifier;
    private final CompanyReleases releases;

    public HeadlineFindings(String approach, HeadlineClassifier classifier, Target target) {
        this.approach = approach;
        this.classifier = classifier;
        this.releases = new CompanyReleases(target);
    }

    /** The findings of one headline. */
    public List<Finding> of(Headline headline) {
        HeadlineSentiment read = classifier.classify(headline.text());
        List<Finding> findings = new ArrayList<>();
        findings.add(sentiment(headline, read));
        releases.reason(headline).ifPresent(reason -> findings.add(release(headline, read, reason)));
        return findings;
    }

    private Finding sentiment(Headline headline, HeadlineSentiment read) {
        String label = read.sentiment().label();
        Map<String, String> attributes = attributes(headline, read);
        attributes.put(SCORE, String.format(Locale.ROOT, "%.3f", read.score()));
        String claim = capitalised(label) + " headline (" + headline.file() + " " + headline.locator() + "): "
                + shortened(headline.text());
        return new Finding("headline:" + headline.file() + ":" + headline.row(), Dimensions.MARKET_PERCEPTION,
                PressTopics.HEADLINE_SENTIMENT, claim, read.sentiment().polarity(), Severity.INFO,
                read.confidence(), List.of(evidence(headline)), attributes, Set.of());
    }

    private Finding release(Headline headline, HeadlineSentiment read, String reason) {
        Map<String, String> attributes = attributes(headline, read);
        attributes.put("reason", reason);
        String claim = "The headline at " + headline.file() + " " + headline.locator()
                + " is the company's own release, not independent coverage (" + reason + "): "
                + shortened(headline.text());
        return new Finding("company-release:" + headline.file() + ":" + headline.row(), Dimensions.MARKET_PERCEPTION,
                PressTopics.COMPANY_RELEASE, claim, Polarity.NEUTRAL, Severity.LOW, 0.8,
                List.of(evidence(headline)), attributes, Set.of());
    }

    private Map<String, String> attributes(Headline headline, HeadlineSentiment read) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(SENTIMENT, read.sentiment().label());
        attributes.put(ROW, Integer.toString(headline.row()));
        attributes.put(APPROACH, approach);
        Optional.of(headline.date()).filter(d -> !d.isBlank()).ifPresent(d -> attributes.put("date", d));
        Optional.of(headline.source()).filter(s -> !s.isBlank()).ifPresent(s -> attributes.put("source", s));
        return attributes;
    }

    private static Evidence evidence(Headline headline) {
        return new Evidence(headline.file(), headline.locator(), headline.text());
    }

    private static String shortened(String text) {
        return text.length() <= CLAIM_TEXT_LIMIT ? text : text.substring(0, CLAIM_TEXT_LIMIT - 3) + "...";
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
