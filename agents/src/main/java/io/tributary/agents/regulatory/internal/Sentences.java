package io.tributary.agents.regulatory.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentence around a match in filing text, and whether a stretch of text speaks of a
 * possibility. Shared by both readings of filing text (word counts and disclosed events), so the
 * two quote the same sentences.
 */
final class Sentences {

    /** Longest quote kept from one sentence. */
    static final int MAX_QUOTE = 300;

    /** Words that make a statement a possibility rather than a fact. */
    static final Pattern HEDGE = Pattern.compile("\\b(?:could|may|might|would|if|potential(?:ly)?|"
            + "possible|possibly|whether|no assurance|cannot assure|risks? that|risks? of)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern ABBREVIATION = Pattern.compile("(?:[A-Za-z]\\.)*[A-Za-z]|Mr|Ms|Mrs|Dr|Inc|Co|Corp|Ltd|No|Nos|St|Jr|Sr|vs|Nov|Dec|Jan|Feb|Mar|Apr|Aug|Sept?|Oct");

    private Sentences() {
    }

    /** Offsets {@code [begin, end)} of the sentence around {@code [start, end)}, at most {@link #MAX_QUOTE} either side. */
    static int[] around(String text, int start, int end) {
        int from = Math.max(0, start - MAX_QUOTE);
        int to = Math.min(text.length(), end + MAX_QUOTE);
        int begin = from;
        for (int i = start - 1; i > from; i--) {
            char c = text.charAt(i);
            if ((c == '!' || c == '?' || c == ';' || c == '.' && !abbreviation(text, i))
                    && Character.isWhitespace(text.charAt(i + 1)) || (c == '\n' && text.charAt(i - 1) == '\n')) {
                begin = i + 1;
                break;
            }
        }
        int finish = to;
        for (int i = end; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '!' || c == '?' || c == '.' && !abbreviation(text, i))
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                finish = i + 1;
                break;
            }
        }
        return new int[] {begin, finish};
    }

    /** The sentence around {@code [start, end)}, whitespace collapsed. */
    static String sentence(String text, int start, int end) {
        int[] span = around(text, start, end);
        return collapse(text.substring(span[0], span[1]));
    }

    /** {@code text} with runs of whitespace made one space. */
    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** True when {@code text} speaks of a possibility. */
    static boolean hedged(String text) {
        return HEDGE.matcher(text).find();
    }

    /** The sentence cut to {@link #MAX_QUOTE} characters around {@code term}. */
    static String bound(String sentence, String term) {
        if (sentence.length() <= MAX_QUOTE) {
            return sentence;
        }
        int at = Math.max(0, sentence.toLowerCase(Locale.ROOT).indexOf(collapse(term).toLowerCase(Locale.ROOT)));
        int from = Math.max(0, Math.min(at - MAX_QUOTE / 2, sentence.length() - MAX_QUOTE));
        return "..." + sentence.substring(from, from + MAX_QUOTE).strip() + "...";
    }

    /** True when the period at {@code dot} ends an abbreviation ("U.S.", "Mr.", "Inc.") rather than a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && dot - start < 6 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return start < dot && ABBREVIATION.matcher(text.substring(start, dot)).matches();
    }
}
