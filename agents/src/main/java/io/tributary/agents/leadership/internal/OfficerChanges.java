package io.tributary.agents.leadership.internal;

import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The officer-change filings (8-K Item 5.02) of a dossier, read against the leadership window:
 * frequent changes within the window are turnover that decides the rating; frequent changes
 * before it are history (INFO, {@value LeadershipRules#HISTORY}=true), shown with their years but
 * never weighed, so a peak six years back does not outvote a calm present.
 *
 * @param all     every officer-change filing read
 * @param window  the years that decide
 * @param through the date of the newest filing in the filing history, if one was read
 */
record OfficerChanges(List<OfficerChange> all, LeadershipWindow window, Optional<LocalDate> through) {

    /** Item 5.02 filings in one year from which changes count as frequent. */
    static final int FREQUENT_CHANGES_PER_YEAR = 4;
    /** Filings cited as evidence at most. */
    private static final int SHOWN = 6;

    OfficerChanges {
        all = List.copyOf(all);
    }

    /** The filings within the window. */
    List<OfficerChange> current() {
        return all.stream().filter(c -> window.contains(c.date().getYear())).toList();
    }

    /** Filings per year within the window, every year of it listed (a calm year counts 0). */
    Map<String, Integer> currentPerYear() {
        Map<String, Integer> perYear = new TreeMap<>();
        for (int year = window.firstYear(); year <= window.latestYear(); year++) {
            perYear.put(String.valueOf(year), 0);
        }
        current().forEach(c -> perYear.merge(String.valueOf(c.date().getYear()), 1, Integer::sum));
        return perYear;
    }

    /** The most filings in one year of the window. */
    int currentPeak() {
        return currentPerYear().values().stream().max(Integer::compare).orElse(0);
    }

    /** Filings before the window. */
    long earlier() {
        return all.stream().filter(c -> window.before(c.date().getYear())).count();
    }

    /** The window's count in words: {@code 2020-2022: 4 in 3 years}. */
    String windowCount() {
        return window.label() + ": " + current().size() + " in " + window.years() + (window.years() == 1 ? " year"
                : " years");
    }

    /** A turnover finding when some year of the window had frequent changes. */
    Optional<Finding> frequent() {
        Map<String, Integer> perYear = currentPerYear();
        String peaks = peaks(perYear, window::contains);
        if (peaks.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> attributes = attributes("item-5.02", window.label(), perYear);
        attributes.put("total", String.valueOf(current().size()));
        String claim = "Frequent officer or director changes in " + window.label() + ": " + current().size()
                + " filings reported 8-K Item 5.02 in the " + window.years() + "-year window, with "
                + FREQUENT_CHANGES_PER_YEAR + " or more in " + peaks + coverage();
        return Optional.of(LeadershipRules.finding("officer-changes", "leadership.turnover", claim, Polarity.NEGATIVE,
                Severity.MEDIUM, evidence(current()), attributes));
    }

    /** A history finding when some year before the window had frequent changes. */
    Optional<Finding> history() {
        Map<String, Integer> perYear = perYear(all.stream().filter(c -> window.before(c.date().getYear())).toList());
        String peaks = peaks(perYear, window::before);
        if (peaks.isEmpty()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(perYear.keySet().iterator().next());
        String period = LeadershipWindow.span(first, window.firstYear() - 1);
        Map<String, String> attributes = attributes("item-5.02-history", period, perYear);
        attributes.put(LeadershipRules.HISTORY, "true");
        attributes.put("total", String.valueOf(earlier()));
        String claim = "History before " + window.label() + ": frequent officer or director changes, "
                + FREQUENT_CHANGES_PER_YEAR + " or more 8-K Item 5.02 filings in " + peaks + ", before the "
                + window.years() + "-year window (" + earlier() + " in " + period + "); " + windowCount()
                + ". Shown for context; years before the window decide no rating";
        List<OfficerChange> peakChanges = all.stream()
                .filter(c -> perYear.getOrDefault(String.valueOf(c.date().getYear()), 0) >= FREQUENT_CHANGES_PER_YEAR)
                .toList();
        return Optional.of(LeadershipRules.finding("officer-changes-history", "leadership.turnover-history", claim,
                Polarity.NEGATIVE, Severity.INFO, evidence(peakChanges), attributes));
    }

    /** Where the filing history ends, when it ends before the window does. */
    String coverage() {
        return through.filter(d -> d.getYear() < window.latestYear())
                .map(d -> " (the filing history read ends " + d + ")").orElse("");
    }

    /** The newest filings first, at most {@value #SHOWN}. */
    static List<Evidence> evidence(List<OfficerChange> changes) {
        return changes.stream().sorted(Comparator.comparing(OfficerChange::date).reversed()).limit(SHOWN)
                .map(c -> new Evidence(c.file(), c.locator(), c.quote())).toList();
    }

    private static Map<String, String> attributes(String kind, String period, Map<String, Integer> perYear) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", kind);
        attributes.put("period", period);
        perYear.forEach((year, count) -> attributes.put(year, String.valueOf(count)));
        return attributes;
    }

    private static Map<String, Integer> perYear(List<OfficerChange> changes) {
        Map<String, Integer> perYear = new TreeMap<>();
        changes.forEach(c -> perYear.merge(String.valueOf(c.date().getYear()), 1, Integer::sum));
        return perYear;
    }

    /** The years with frequent changes among those {@code inScope}, as {@code 2018 (7) and 2019 (4)}. */
    private static String peaks(Map<String, Integer> perYear, IntPredicate inScope) {
        List<String> peaks = new ArrayList<>();
        perYear.forEach((year, count) -> {
            if (count >= FREQUENT_CHANGES_PER_YEAR && inScope.test(Integer.parseInt(year))) {
                peaks.add(year + " (" + count + ")");
            }
        });
        if (peaks.size() <= 1) {
            return String.join("", peaks);
        }
        return String.join(", ", peaks.subList(0, peaks.size() - 1)) + " and " + peaks.get(peaks.size() - 1);
    }
}
