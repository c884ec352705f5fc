package io.tributary.agents.press.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists and constants of VADER's rules (Hutto and Gilbert, 2014): negations, degree
 * adverbs that raise or lower the intensity of the next sentiment word, and the empirically
 * derived scalars for each rule.
 */
final class VaderRules {

    /** Added to a sentiment word's valence by an intensifier ("very"). */
    static final double BOOST_UP = 0.293;
    /** Added by a dampener ("slightly"). */
    static final double BOOST_DOWN = -0.293;
    /** Added for an ALL-CAPS sentiment word in otherwise mixed-case text. */
    static final double CAPS_EMPHASIS = 0.733;
    /** Multiplies the valence of a negated sentiment word. */
    static final double NEGATION = -0.74;
    /** Normalisation constant: compound = sum / sqrt(sum^2 + ALPHA). */
    static final double ALPHA = 15.0;
    /** Weight of sentiment before and after "but". */
    static final double BEFORE_BUT = 0.5;
    static final double AFTER_BUT = 1.5;
    /** Per exclamation mark (at most four count), and for two or three question marks each. */
    static final double EXCLAMATION = 0.292;
    static final int MAX_EXCLAMATIONS = 4;
    static final double QUESTION = 0.18;
    static final double MANY_QUESTIONS = 0.96;
    /** How a booster's effect fades with its distance (1, 2, 3 words) from the sentiment word. */
    static final double[] BOOST_DECAY = {1.0, 0.95, 0.9};

    static final Set<String> NEGATIONS = Set.of(
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
            "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
            "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
            "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    static final Map<String, Double> BOOSTERS = boosters();

    private VaderRules() {
    }

    /** True for a negation word, including any contraction ending in n't. */
    static boolean isNegation(String lowerCaseWord) {
        return NEGATIONS.contains(lowerCaseWord) || lowerCaseWord.contains("n't");
    }

    private static Map<String, Double> boosters() {
        Map<String, Double> boosters = new HashMap<>();
        for (String up : new String[] {"absolutely", "amazingly", "awfully", "completely", "considerable",
                "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely",
                "especially", "exceptional", "exceptionally", "extreme", "extremely", "fabulously",
                "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin",
                "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
                "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly",
                "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total",
                "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter",
                "utterly", "very"}) {
            boosters.put(up, BOOST_UP);
        }
        for (String down : new String[] {"almost", "barely", "hardly", "just enough", "kind of", "kinda",
                "kindof", "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally",
                "partly", "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta",
                "sortof", "sort-of"}) {
            boosters.put(down, BOOST_DOWN);
        }
        return Map.copyOf(boosters);
    }
}
