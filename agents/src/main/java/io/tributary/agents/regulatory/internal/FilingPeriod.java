package io.tributary.agents.regulatory.internal;

import io.tributary.agents.sec.FilingText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fiscal year an annual or quarterly report covers, as {@code FY2018}: from its cover page
 * ("For the fiscal year ended December 29, 2018"), else from a file name such as
 * {@code 10-K-FY2018.md}.
 */
final class FilingPeriod {

    /** How far into the text the cover page is looked for. */
    static final int COVER = 6_000;

    private static final Pattern COVER_PAGE = Pattern.compile(
            "(?i)for\\s+the\\s+(?:fiscal\\s+)?(?:year|quarter(?:ly period)?)\\s+ended\\s+[A-Za-z]+\\.?\\s+\\d{1,2}\\s*,?\\s*((?:19|20)\\d{2})");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\bFY((?:19|20)\\d{2})\\b");

    private FilingPeriod() {
    }

    /** The fiscal year of {@code text}, or empty when neither its cover page nor its name gives one. */
    static Optional<String> of(FilingText text) {
        Matcher cover = COVER_PAGE.matcher(text.text().substring(0, Math.min(COVER, text.text().length())));
        if (cover.find()) {
            return Optional.of("FY" + cover.group(1));
        }
        Matcher name = FILE_NAME.matcher(text.file());
        return name.find() ? Optional.of("FY" + name.group(1)) : Optional.empty();
    }
}
