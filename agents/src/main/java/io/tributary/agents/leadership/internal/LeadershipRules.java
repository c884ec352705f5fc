package io.tributary.agents.leadership.internal;

import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Judges leadership stability from three kinds of evidence: who the officers are and how long
 * they have held their roles, when the chief executive changed, and how often the company filed
 * officer changes (8-K Item 5.02). Turnover is reported when changes are frequent; stability is
 * claimed only when there is evidence to claim it from and none of it shows turnover.
 */
public final class LeadershipRules {

    /** Item 5.02 filings in one year from which changes count as frequent. */
    public static final int FREQUENT_CHANGES_PER_YEAR = 4;
    /** An appointment this many months before a list's date counts as recent. */
    public static final int RECENT_MONTHS = 24;
    /** Share of recently appointed officers from which a team counts as largely new. */
    public static final double LARGELY_NEW_SHARE = 0.4;
    /** Fewest recent appointments that can make a team largely new. */
    public static final int MIN_RECENT = 3;
    /** Officers shown in a list's claim. */
    private static final int SHOWN = 6;

    private LeadershipRules() {
    }

    /** Every finding the evidence supports; {@code historyKnown} when a filing history was read. */
    public static List<Finding> findings(List<OfficerList> lists, List<OfficerChange> changes, boolean historyKnown) {
        List<Finding> findings = new ArrayList<>();
        lists.forEach(list -> findings.add(officers(list)));
        List<Finding> turnover = new ArrayList<>(ceoChanges(lists));
        lists.stream().max(Comparator.comparing(OfficerList::effectiveDate))
                .ifPresent(latest -> recentAppointments(latest).ifPresent(turnover::add));
        Map<String, Integer> perYear = perYear(changes);
        int peak = perYear.values().stream().max(Integer::compare).orElse(0);
        if (peak >= FREQUENT_CHANGES_PER_YEAR) {
            turnover.add(frequentChanges(changes, perYear));
        }
        findings.addAll(turnover);
        if (turnover.isEmpty() && (historyKnown || !lists.isEmpty())) {
            findings.add(stable(lists, changes, perYear, peak));
        }
        return findings;
    }

    private static Finding officers(OfficerList list) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("count", String.valueOf(list.officers().size()));
        if (list.asOf() != null) {
            attributes.put("asOf", list.asOf().toString());
        }
        List<Long> tenures = list.officers().stream()
                .map(o -> ChronoUnit.MONTHS.between(o.since(), YearMonth.from(list.effectiveDate()))).sorted().toList();
        attributes.put("medianTenureMonths", String.valueOf(tenures.get(tenures.size() / 2)));
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < list.officers().size(); i++) {
            Officer o = list.officers().get(i);
            attributes.put("officer." + (i + 1), o.name() + " | " + o.role() + " | since " + o.since());
            if (i < SHOWN) {
                shown.add((o.name().isEmpty() ? "(unnamed)" : o.name()) + ", " + o.role() + " since " + o.since());
            }
        }
        String claim = list.officers().size() + " executive officers listed in " + list.file()
                + (list.asOf() == null ? "" : " as of " + list.asOf()) + ": " + String.join("; ", shown)
                + (list.officers().size() > SHOWN ? "; ..." : "");
        return finding("officers:" + list.file(), "leadership.executive-officers", claim, Polarity.NEUTRAL,
                Severity.LOW, List.of(new Evidence(list.file(), list.locator(), list.quote())), attributes);
    }

    private static List<Finding> ceoChanges(List<OfficerList> lists) {
        Map<String, Finding> byChange = new TreeMap<>();
        for (OfficerList list : lists) {
            for (Officer o : list.officers()) {
                if (o.isChiefExecutive() && isRecent(o.ceoSince(), list.effectiveDate())) {
                    String key = "ceo-change:" + o.ceoSince();
                    Map<String, String> attributes = new LinkedHashMap<>();
                    attributes.put("kind", "ceo-change");
                    attributes.put("name", o.name());
                    attributes.put("since", o.ceoSince().toString());
                    attributes.put(String.valueOf(o.ceoSince().getYear()), "1");
                    String claim = "Chief executive changed: " + o.name() + " became " + o.role() + " in "
                            + o.ceoSince() + " (" + list.file() + ")";
                    byChange.putIfAbsent(key, finding(key, "leadership.turnover", claim, Polarity.NEGATIVE,
                            Severity.MEDIUM, List.of(new Evidence(list.file(), list.locator() + ", " + o.name(),
                                    o.role() + " since " + o.ceoSince())), attributes));
                }
            }
        }
        return List.copyOf(byChange.values());
    }

    private static Optional<Finding> recentAppointments(OfficerList list) {
        List<Officer> recent = list.officers().stream().filter(o -> isRecent(o.since(), list.effectiveDate())).toList();
        double share = (double) recent.size() / list.officers().size();
        if (recent.size() < MIN_RECENT || share < LARGELY_NEW_SHARE) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", "recent-appointments");
        attributes.put("recent", String.valueOf(recent.size()));
        attributes.put("officers", String.valueOf(list.officers().size()));
        recent.forEach(o -> attributes.merge(String.valueOf(o.since().getYear()), "1",
                (a, b) -> String.valueOf(Integer.parseInt(a) + 1)));
        String claim = recent.size() + " of " + list.officers().size() + " executive officers in " + list.file()
                + " took their current role in the " + RECENT_MONTHS + " months before "
                + list.effectiveDate() + ": a largely new team";
        List<Evidence> evidence = recent.stream().limit(SHOWN)
                .map(o -> new Evidence(list.file(), list.locator() + ", " + o.name(), o.role() + " since " + o.since()))
                .toList();
        return Optional.of(finding("recent-appointments:" + list.file(), "leadership.turnover", claim,
                Polarity.NEGATIVE, Severity.MEDIUM, evidence, attributes));
    }

    private static Finding frequentChanges(List<OfficerChange> changes, Map<String, Integer> perYear) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", "item-5.02");
        attributes.put("total", String.valueOf(changes.size()));
        perYear.forEach((year, count) -> attributes.put(year, String.valueOf(count)));
        List<String> frequentYears = perYear.entrySet().stream()
                .filter(e -> e.getValue() >= FREQUENT_CHANGES_PER_YEAR).map(e -> e.getKey() + " (" + e.getValue() + ")")
                .toList();
        String claim = "Frequent officer or director changes: " + changes.size() + " filings reported 8-K Item 5.02, "
                + "with " + FREQUENT_CHANGES_PER_YEAR + " or more in " + String.join(", ", frequentYears);
        return finding("officer-changes", "leadership.turnover", claim, Polarity.NEGATIVE, Severity.MEDIUM,
                evidence(changes), attributes);
    }

    private static Finding stable(List<OfficerList> lists, List<OfficerChange> changes, Map<String, Integer> perYear,
            int peak) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("officerChangeFilings", String.valueOf(changes.size()));
        attributes.put("peakChangesPerYear", String.valueOf(peak));
        perYear.forEach((year, count) -> attributes.put(year, String.valueOf(count)));
        List<Evidence> evidence = new ArrayList<>(evidence(changes));
        lists.forEach(l -> evidence.add(new Evidence(l.file(), l.locator(), l.quote())));
        String claim = "Stable management: " + changes.size() + " officer-change filings (8-K Item 5.02), at most "
                + peak + " in any year" + (lists.isEmpty() ? "" : "; no recent change of chief executive and no "
                + "largely new executive team in the officer lists");
        return finding("stable-management", "leadership.stable-management", claim, Polarity.POSITIVE,
                lists.isEmpty() || changes.isEmpty() ? Severity.LOW : Severity.MEDIUM, evidence, attributes);
    }

    private static List<Evidence> evidence(List<OfficerChange> changes) {
        return changes.stream().sorted(Comparator.comparing(OfficerChange::date).reversed()).limit(SHOWN)
                .map(c -> new Evidence(c.file(), c.locator(), c.quote())).toList();
    }

    private static Map<String, Integer> perYear(List<OfficerChange> changes) {
        Map<String, Integer> perYear = new TreeMap<>();
        changes.forEach(c -> perYear.merge(String.valueOf(c.date().getYear()), 1, Integer::sum));
        return perYear;
    }

    private static boolean isRecent(YearMonth since, LocalDate asOf) {
        YearMonth reference = YearMonth.from(asOf);
        return !since.isAfter(reference) && since.plusMonths(RECENT_MONTHS).isAfter(reference);
    }

    private static Finding finding(String key, String topic, String claim, Polarity polarity, Severity severity,
            List<Evidence> evidence, Map<String, String> attributes) {
        return new Finding(key, Dimensions.LEADERSHIP, topic, claim, polarity, severity, 0.8, evidence, attributes,
                Set.of());
    }
}
