package io.tributary.agents.press.internal;

import static io.tributary.agents.press.internal.VaderRules.BOOSTERS;

import io.tributary.agents.press.HeadlineClassifier;
import io.tributary.agents.press.HeadlineSentiment;
import io.tributary.agents.press.Sentiment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * VADER-style rule-based sentiment: each lexicon word contributes its valence, adjusted by the
 * words before it (degree adverbs, negations up to three words back, "no", "least"), by ALL-CAPS
 * emphasis, by a contrastive "but" (what follows weighs three times what precedes), and by
 * exclamation and question marks; the sum is normalised to a compound score in [-1, 1]. Needs no
 * training data, which makes it an independent second opinion on the trained model. VADER's
 * multi-word idiom table is not applied. Stateless and thread-safe.
 */
public final class VaderScorer implements HeadlineClassifier {

    /**
     * Compound score at or beyond which a headline counts as bullish (or, negated, bearish). The
     * VADER authors use 0.05 for general text. On the twitter-financial-news training split (never
     * the validation split), where two headlines in three are neutral, macro-F1 over the three
     * classes rises from 0.438 at 0.05 to 0.450 at 0.25 and falls again beyond 0.3, so 0.25.
     */
    public static final double DEFAULT_THRESHOLD = 0.25;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final VaderLexicon lexicon;
    private final double threshold;

    public VaderScorer(VaderLexicon lexicon, double threshold) {
        if (!(threshold > 0.0 && threshold < 1.0)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1 (exclusive), was " + threshold);
        }
        this.lexicon = lexicon;
        this.threshold = threshold;
    }

    /** The shipped lexicon with the default threshold. */
    public static VaderScorer shipped() {
        return new VaderScorer(VaderLexicon.shipped(), DEFAULT_THRESHOLD);
    }

    @Override
    public HeadlineSentiment classify(String headline) {
        double compound = compound(headline);
        if (compound >= threshold) {
            return new HeadlineSentiment(Sentiment.BULLISH, compound, 0.5 + 0.45 * compound);
        }
        if (compound <= -threshold) {
            return new HeadlineSentiment(Sentiment.BEARISH, compound, 0.5 - 0.45 * compound);
        }
        return new HeadlineSentiment(Sentiment.NEUTRAL, compound, 0.5);
    }

    /** The normalised compound score of a text, from -1 (most negative) to +1 (most positive). */
    public double compound(String text) {
        List<String> words = words(text);
        boolean capsDiffer = capsDiffer(words);
        double[] valences = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            valences[i] = valence(words, i, capsDiffer);
        }
        weighAroundBut(words, valences);
        double sum = Arrays.stream(valences).sum();
        double emphasis = punctuationEmphasis(text);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = sum / Math.sqrt(sum * sum + VaderRules.ALPHA);
        return Math.max(-1.0, Math.min(1.0, compound));
    }

    /** Whitespace tokens; surrounding punctuation is dropped unless that leaves two characters or fewer (emoticons). */
    static List<String> words(String text) {
        return WHITESPACE.splitAsStream(text.strip())
                .filter(token -> !token.isEmpty())
                .map(VaderScorer::stripPunctuation)
                .toList();
    }

    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && PUNCTUATION.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return end - start <= 2 ? token : token.substring(start, end);
    }

    private double valence(List<String> words, int i, boolean capsDiffer) {
        String word = words.get(i);
        String lower = lower(word);
        if (BOOSTERS.containsKey(lower) || ("kind".equals(lower) && "of".equals(lowerAt(words, i + 1)))) {
            return 0.0;
        }
        OptionalDouble rated = lexicon.valence(lower);
        if (rated.isEmpty()) {
            return 0.0;
        }
        double valence = rated.getAsDouble();
        if ("no".equals(lower) && i + 1 < words.size() && lexicon.contains(lowerAt(words, i + 1))) {
            valence = 0.0;
        }
        if (negatedByNo(words, i)) {
            valence = rated.getAsDouble() * VaderRules.NEGATION;
        }
        if (capsDiffer && isAllCaps(word)) {
            valence += valence > 0 ? VaderRules.CAPS_EMPHASIS : -VaderRules.CAPS_EMPHASIS;
        }
        for (int back = 0; back < VaderRules.BOOST_DECAY.length && back < i; back++) {
            String before = words.get(i - back - 1);
            if (!lexicon.contains(lower(before))) {
                valence += boost(before, valence, capsDiffer) * VaderRules.BOOST_DECAY[back];
                valence = negate(valence, words, back, i);
            }
        }
        return least(valence, words, i);
    }

    private static boolean negatedByNo(List<String> words, int i) {
        return "no".equals(lowerAt(words, i - 1)) || "no".equals(lowerAt(words, i - 2))
                || ("no".equals(lowerAt(words, i - 3)) && ("or".equals(lowerAt(words, i - 1))
                        || "nor".equals(lowerAt(words, i - 1))));
    }

    private static double boost(String word, double valence, boolean capsDiffer) {
        Double scalar = BOOSTERS.get(lower(word));
        if (scalar == null) {
            return 0.0;
        }
        double boost = valence < 0 ? -scalar : scalar;
        if (capsDiffer && isAllCaps(word)) {
            boost += valence > 0 ? VaderRules.CAPS_EMPHASIS : -VaderRules.CAPS_EMPHASIS;
        }
        return boost;
    }

    /** A negation {@code back + 1} words before word {@code i}; "never so", "without doubt" intensify instead. */
    private static double negate(double valence, List<String> words, int back, int i) {
        String negator = lowerAt(words, i - back - 1);
        List<String> between = words.subList(i - back, i).stream().map(VaderScorer::lower).toList();
        if (back > 0 && "never".equals(negator) && (between.contains("so") || between.contains("this"))) {
            return valence * 1.25;
        }
        if (back > 0 && "without".equals(negator) && between.contains("doubt")) {
            return valence;
        }
        return VaderRules.isNegation(negator) ? valence * VaderRules.NEGATION : valence;
    }

    /** "least good" reverses the valence; "at least" and "very least" do not. */
    private double least(double valence, List<String> words, int i) {
        String previous = lowerAt(words, i - 1);
        if (!"least".equals(previous) || lexicon.contains(previous)) {
            return valence;
        }
        String beforeThat = lowerAt(words, i - 2);
        return "at".equals(beforeThat) || "very".equals(beforeThat) ? valence : valence * VaderRules.NEGATION;
    }

    private static void weighAroundBut(List<String> words, double[] valences) {
        int but = words.stream().map(VaderScorer::lower).toList().indexOf("but");
        if (but < 0) {
            return;
        }
        for (int i = 0; i < valences.length; i++) {
            if (i < but) {
                valences[i] *= VaderRules.BEFORE_BUT;
            } else if (i > but) {
                valences[i] *= VaderRules.AFTER_BUT;
            }
        }
    }

    private static double punctuationEmphasis(String text) {
        long exclamations = Math.min(text.chars().filter(c -> c == '!').count(), VaderRules.MAX_EXCLAMATIONS);
        long questions = text.chars().filter(c -> c == '?').count();
        double questionEmphasis = questions <= 1 ? 0.0
                : questions <= 3 ? questions * VaderRules.QUESTION : VaderRules.MANY_QUESTIONS;
        return exclamations * VaderRules.EXCLAMATION + questionEmphasis;
    }

    /** True when some but not all words are in capitals, so capitals stand out as emphasis. */
    private static boolean capsDiffer(List<String> words) {
        long caps = words.stream().filter(VaderScorer::isAllCaps).count();
        return caps > 0 && caps < words.size();
    }

    private static boolean isAllCaps(String word) {
        return word.chars().anyMatch(Character::isUpperCase) && word.chars().noneMatch(Character::isLowerCase);
    }

    private static String lowerAt(List<String> words, int i) {
        return i >= 0 && i < words.size() ? lower(words.get(i)) : "";
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
