package io.tributary.synthesis.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The few phrases synthesis recognises in free text: upbeat headline wording, claims that
 * management is stable, and the risk terms that make a regulatory finding a red flag. Agents
 * classify; these only catch what agents state in words rather than in attributes.
 */
public final class Language {

    /** Risk-language terms that make a {@code regulatory.risk-language} finding a red flag. */
    public static final List<String> RED_FLAG_TERMS = List.of("restatement", "restate", "material weakness",
            "investigation", "subpoena", "non-reliance");

    private static final Pattern UPBEAT = Pattern.compile(
            "\\b(surg\\w*|soar\\w*|record\\w*|jump\\w*|rall\\w*|beat\\w*|strong\\w*|growth|grow\\w*|rise|rises|rising|"
                    + "boost\\w*|breakthrough|milestone\\w*|outperform\\w*|exceed\\w*|upgrade\\w*|"
                    + "expan\\w*|gain\\w*|bullish)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DOWNBEAT = Pattern.compile(
            "\\b(loss\\w*|declin\\w*|fall\\w*|fell|plung\\w*|drop\\w*|warn\\w*|miss\\w*|cut\\w*|restat\\w*|"
                    + "weak\\w*|delay\\w*|recall\\w*|investigat\\w*|bearish)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern STABLE_MANAGEMENT = Pattern.compile(
            "\\b(stable|steady|unchanged|consistent|continuity (of|in))\\s+(senior\\s+|executive\\s+)?"
                    + "(management|leadership|executive team|executives)\\b"
                    + "|\\b(management|leadership|executive team)\\s+(team\\s+)?(is|has been|remains|remained|was)\\s+"
                    + "(stable|steady|unchanged)\\b",
            Pattern.CASE_INSENSITIVE);

    private Language() {
    }

    /** True when a headline reads as good news (surges, record, growth ...) and not as bad news. */
    public static boolean upbeat(String text) {
        return text != null && UPBEAT.matcher(text).find() && !DOWNBEAT.matcher(text).find();
    }

    /** True when a text claims that management is stable. */
    public static boolean claimsStableManagement(String text) {
        return text != null && STABLE_MANAGEMENT.matcher(text).find();
    }

    /** True when a risk term names a red flag (restatement, material weakness, investigation ...). */
    public static boolean redFlagTerm(String term) {
        if (term == null) {
            return false;
        }
        var lower = term.toLowerCase(Locale.ROOT);
        return RED_FLAG_TERMS.stream().anyMatch(lower::contains);
    }
}
