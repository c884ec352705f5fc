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
 * officer changes (8-K Item 5.02). Every finding states the period it covers (attribute
 * {@value #PERIOD}); turnover within the {@link LeadershipWindow} decides the rating, turnover
 * before it is history ({@value #HISTORY}=true, INFO) that is shown but never weighed. Stability
 * is claimed only when there is evidence to claim it from and none of it shows turnover in the
 * window.
 */
public final class LeadershipRules {

    /** Attribute naming the period a finding covers. */
    public static final String PERIOD = "period";
    /** Attribute marking a finding about years before the window. */
    public static final String HISTORY = "history";
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

    /** Every finding the evidence in {@code sources} supports, judged on {@code window}. */
    public static List<Finding> findings(LeadershipSources sources, LeadershipWindow window) {
        List<OfficerList> lists = sources.officerLists();
        OfficerChanges changes = new OfficerChanges(sources.changes(), window, sources.historyThrough());
        List<Finding> findings = new ArrayList<>();
        lists.forEach(list -> findings.add(officers(list)));
        List<Finding> ceoChanges = ceoChanges(lists, window);
        List<Finding> turnover = new ArrayList<>(ceoChanges.stream().filter(f -> !isHistory(f)).toList());
        lists.stream().max(Comparator.comparing(OfficerList::effectiveDate))
                .ifPresent(latest -> recentAppointments(latest).ifPresent(turnover::add));
        changes.frequent().ifPresent(turnover::add);
        findings.addAll(turnover);
        if (turnover.isEmpty() && (sources.historyKnown() || !lists.isEmpty())) {
            findings.add(stable(lists, changes));
        }
        ceoChanges.stream().filter(LeadershipRules::isHistory).forEach(findings::add);
        changes.history().ifPresent(findings::add);
        return findings;
    }

    private static boolean isHistory(Finding finding) {
        return "true".equals(finding.attributes().get(HISTORY));
    }

    private static Finding officers(OfficerList list) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(PERIOD, list.effectiveDate().toString());
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

    /** Each change of chief executive the lists show; one before the window is history. */
    private static List<Finding> ceoChanges(List<OfficerList> lists, LeadershipWindow window) {
        Map<String, Finding> byChange = new TreeMap<>();
        for (OfficerList list : lists) {
            for (Officer o : list.officers()) {
                if (o.isChiefExecutive() && isRecent(o.ceoSince(), list.effectiveDate())) {
                    String key = "ceo-change:" + o.ceoSince();
                    byChange.putIfAbsent(key, ceoChange(key, list, o, window));
                }
            }
        }
        return List.copyOf(byChange.values());
    }

    private static Finding ceoChange(String key, OfficerList list, Officer o, LeadershipWindow window) {
        boolean history = window.before(o.ceoSince().getYear());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", "ceo-change");
        attributes.put(PERIOD, o.ceoSince().toString());
        attributes.put("name", o.name());
        attributes.put("since", o.ceoSince().toString());
        attributes.put(String.valueOf(o.ceoSince().getYear()), "1");
        String change = "Chief executive changed: " + o.name() + " became " + o.role() + " in " + o.ceoSince()
                + " (" + list.file() + ")";
        List<Evidence> evidence = List.of(new Evidence(list.file(), list.locator() + ", " + o.name(),
                o.role() + " since " + o.ceoSince()));
        if (!history) {
            return finding(key, "leadership.turnover", change, Polarity.NEGATIVE, Severity.MEDIUM, evidence,
                    attributes);
        }
        attributes.put(HISTORY, "true");
        String claim = "History before " + window.label() + ": " + change + ", before the " + window.years()
                + "-year window. Shown for context; decides no rating";
        return finding(key, "leadership.turnover-history", claim, Polarity.NEGATIVE, Severity.INFO, evidence,
                attributes);
    }

    private static Optional<Finding> recentAppointments(OfficerList list) {
        List<Officer> recent = list.officers().stream().filter(o -> isRecent(o.since(), list.effectiveDate())).toList();
        double share = (double) recent.size() / list.officers().size();
        if (recent.size() < MIN_RECENT || share < LARGELY_NEW_SHARE) {
            return Optional.empty();
        }
        YearMonth to = YearMonth.from(list.effectiveDate());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", "recent-appointments");
        attributes.put(PERIOD, to.minusMonths(RECENT_MONTHS) + " to " + to);
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

    /** Stability within the window: few officer changes, and no new chief executive or team in it. */
    private static Finding stable(List<OfficerList> lists, OfficerChanges changes) {
        LeadershipWindow window = changes.window();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(PERIOD, window.label());
        attributes.put("officerChangeFilings", String.valueOf(changes.current().size()));
        attributes.put("peakChangesPerYear", String.valueOf(changes.currentPeak()));
        attributes.put("earlierFilings", String.valueOf(changes.earlier()));
        changes.currentPerYear().forEach((year, count) -> attributes.put(year, String.valueOf(count)));
        List<Evidence> evidence = new ArrayList<>(OfficerChanges.evidence(changes.current()));
        lists.forEach(l -> evidence.add(new Evidence(l.file(), l.locator(), l.quote())));
        boolean filingsRead = changes.through().isPresent() || !changes.all().isEmpty();
        String claim = "Stable management in " + window.label() + ": " + (filingsRead ? changes.current().size()
                + " officer-change filings (8-K Item 5.02) in the " + window.years() + "-year window, at most "
                + changes.currentPeak() + " in any year" + changes.coverage() : "no filing history read")
                + (changes.earlier() == 0 ? "" : "; " + changes.earlier() + " earlier filings are history")
                + (lists.isEmpty() ? "" : "; no change of chief executive in the window and no largely new "
                + "executive team in the latest officer list");
        return finding("stable-management", "leadership.stable-management", claim, Polarity.POSITIVE,
                lists.isEmpty() || changes.current().isEmpty() ? Severity.LOW : Severity.MEDIUM, evidence, attributes);
    }

    private static boolean isRecent(YearMonth since, LocalDate asOf) {
        YearMonth reference = YearMonth.from(asOf);
        return !since.isAfter(reference) && since.plusMonths(RECENT_MONTHS).isAfter(reference);
    }

    static Finding finding(String key, String topic, String claim, Polarity polarity, Severity severity,
            List<Evidence> evidence, Map<String, String> attributes) {
        return new Finding(key, Dimensions.LEADERSHIP, topic, claim, polarity, severity, 0.8, evidence, attributes,
                Set.of());
    }
}
