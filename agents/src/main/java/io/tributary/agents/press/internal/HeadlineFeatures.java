package io.tributary.agents.press.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a headline into the binary word unigram and bigram features of the trained press model.
 * Links, tickers and numbers are folded into one token each ({@code $tk}, {@code #num}): the
 * dataset is full of them and their exact values carry no sentiment, only their presence does.
 * Training and prediction must use exactly this featurisation.
 */
public final class HeadlineFeatures {

    /** A feature every headline has, so a headline of unseen words still gets a prediction. */
    static final String CONSTANT = "c=1";

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern TOKEN = Pattern.compile("\\$[a-z]+|[a-z0-9]+(?:['.][a-z0-9]+)*|%|[!?]");

    private HeadlineFeatures() {
    }

    /** The lower-case tokens of a headline, with tickers and numbers folded. */
    public static List<String> tokens(String headline) {
        String text = LINK.matcher(headline).replaceAll(" ").toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.startsWith("$")) {
                token = "$tk";
            } else if (Character.isDigit(token.charAt(0))) {
                token = "#num";
            }
            tokens.add(token);
        }
        return tokens;
    }

    /** Feature name to value (always 1), sorted by name. */
    public static SortedMap<String, Double> of(String headline) {
        List<String> tokens = tokens(headline);
        SortedMap<String, Double> features = new TreeMap<>();
        features.put(CONSTANT, 1.0);
        for (int i = 0; i < tokens.size(); i++) {
            features.put("u=" + tokens.get(i), 1.0);
            if (i > 0) {
                features.put("b=" + tokens.get(i - 1) + "_" + tokens.get(i), 1.0);
            }
        }
        return features;
    }
}
