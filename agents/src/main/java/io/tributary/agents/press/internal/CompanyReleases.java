package io.tributary.agents.press.internal;

import io.tributary.agents.source.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises headlines that are the company's own release rather than independent coverage: the
 * source is a press release, the company itself or a release wire, or the company (by name or
 * ticker) is the subject of a release verb ("ABVC BioPharma Announces 2024 Financial Results").
 * Market perception weighs such headlines differently, so they are flagged, not hidden.
 */
public final class CompanyReleases {

    private static final Pattern RELEASE_SOURCE = Pattern.compile(
            "press release|business ?wire|pr ?newswire|globe ?newswire|accesswire", Pattern.CASE_INSENSITIVE);
    private static final String RELEASE_VERBS =
            "announces|announced|reports|reported|declares|declared|launches|unveils|completes";
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            ",?\\s+(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|holdings|n\\.v|s\\.a|ag|se)\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);

    private final Optional<Pattern> subjectAnnounces;

    public CompanyReleases(Target target) {
        this.subjectAnnounces = subjectPattern(target);
    }

    /** Why the headline looks like the company's own release, or empty if it does not. */
    public Optional<String> reason(Headline headline) {
        String source = headline.source().trim();
        if (source.equalsIgnoreCase("company") || RELEASE_SOURCE.matcher(source).find()) {
            return Optional.of("source is '" + source + "'");
        }
        if (subjectAnnounces.isPresent() && subjectAnnounces.get().matcher(headline.text()).find()) {
            return Optional.of("the company is the subject of a release verb");
        }
        return Optional.empty();
    }

    /** The company's short name without legal suffixes ({@code Tesla, Inc.} gives {@code Tesla}). */
    static String shortName(String name) {
        String shortName = LEADING_THE.matcher(name.trim()).replaceFirst("");
        String previous;
        do {
            previous = shortName;
            shortName = LEGAL_SUFFIX.matcher(shortName).replaceFirst("").trim();
        } while (!shortName.equals(previous) && !shortName.isEmpty());
        return shortName.isEmpty() ? name.trim() : shortName;
    }

    private static Optional<Pattern> subjectPattern(Target target) {
        List<String> subjects = new ArrayList<>();
        String shortName = shortName(target.name());
        if (!shortName.isBlank()) {
            subjects.add("\\b" + Pattern.quote(shortName) + "\\b");
        }
        if (!target.ticker().isBlank()) {
            subjects.add("(?-i:\\$?\\b" + Pattern.quote(target.ticker().toUpperCase(Locale.ROOT)) + "\\b)");
        }
        if (subjects.isEmpty()) {
            return Optional.empty();
        }
        String subject = "(?:" + String.join("|", subjects) + ")";
        String suffix = "(?:,?\\s+(?:inc|corp|co|ltd|plc)\\.?)?";
        return Optional.of(Pattern.compile(subject + suffix + "\\s+(?:" + RELEASE_VERBS + ")\\b",
                Pattern.CASE_INSENSITIVE));
    }
}
