package io.tributary.agents.sec;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses one value per fiscal year and concept from the facts annual reports gave.
 *
 * <p>An annual report repeats earlier years as comparatives and sometimes restates them, and a
 * filing's own fiscal year label says nothing about which year each comparative belongs to. So
 * each filing is anchored at the end of the latest full year it reports, which is its own fiscal
 * year; every other period is placed by how many years it ends before that anchor. Among several
 * values for the same year the most recently filed one wins (a restatement replaces the original),
 * with the filing id and source reference as tie-breakers so the choice never depends on order.
 */
public final class AnnualValues {

    /** Shortest period counted as a fiscal year (52-week years are 364 days). */
    public static final long MIN_YEAR_DAYS = 350;
    /** Longest period counted as a fiscal year (53-week years are 371 days). */
    public static final long MAX_YEAR_DAYS = 380;
    /** How far a balance date may be from a fiscal year end and still count as that year's balance. */
    public static final long INSTANT_TOLERANCE_DAYS = 10;

    private static final Set<String> ANNUAL_FORMS =
            Set.of("10-K", "10-K/A", "10-KT", "10-KT/A", "20-F", "20-F/A", "40-F", "40-F/A");
    private static final double DAYS_PER_YEAR = 365.2425;

    private final String file;
    private final Map<String, List<ReportedFact>> byConcept = new HashMap<>();
    private final Map<String, LocalDate> anchors = new HashMap<>();
    private final Map<String, Integer> filingYears = new HashMap<>();

    /** Annual values of the facts of one dossier file. */
    public AnnualValues(String file, List<ReportedFact> facts) {
        this.file = file;
        for (ReportedFact fact : facts) {
            if (isAnnualReport(fact)) {
                byConcept.computeIfAbsent(fact.concept(), c -> new ArrayList<>()).add(fact);
                if (isFullYear(fact)) {
                    anchors.merge(fact.filing(), fact.end(), (a, b) -> a.isAfter(b) ? a : b);
                }
                if (fact.filingYear() > 0) {
                    filingYears.merge(fact.filing(), fact.filingYear(), Math::max);
                }
            }
        }
    }

    /** One value per fiscal year for {@code concept}, oldest year first; empty if never reported. */
    public List<AnnualValue> of(String concept, PeriodKind kind) {
        Map<Integer, AnnualValue> chosen = new TreeMap<>();
        for (ReportedFact fact : byConcept.getOrDefault(concept, List.of())) {
            fiscalYear(fact, kind).ifPresent(year -> {
                AnnualValue candidate = toValue(fact, year);
                chosen.merge(year, candidate, AnnualValues::preferred);
            });
        }
        return List.copyOf(chosen.values());
    }

    /** The concepts reported in annual reports, for callers that look for alternatives. */
    public Set<String> concepts() {
        return Set.copyOf(byConcept.keySet());
    }

    private Optional<Integer> fiscalYear(ReportedFact fact, PeriodKind kind) {
        LocalDate anchor = anchors.get(fact.filing());
        if (anchor == null || fact.end().isAfter(anchor)) {
            return Optional.empty();
        }
        if (kind == PeriodKind.DURATION ? !isFullYear(fact) : !fact.isInstant()) {
            return Optional.empty();
        }
        double yearsBack = ChronoUnit.DAYS.between(fact.end(), anchor) / DAYS_PER_YEAR;
        long whole = Math.round(yearsBack);
        if (Math.abs(yearsBack - whole) * DAYS_PER_YEAR > INSTANT_TOLERANCE_DAYS) {
            return Optional.empty();
        }
        int filingYear = filingYears.getOrDefault(fact.filing(), anchor.getYear());
        return Optional.of(filingYear - (int) whole);
    }

    private AnnualValue toValue(ReportedFact fact, int year) {
        LocalDate asOf = fact.filed() != null ? fact.filed() : anchors.get(fact.filing());
        String period = fact.isInstant() ? "at " + fact.end() : fact.start() + ".." + fact.end();
        String locator = fact.concept() + " FY" + year + " (" + period + ", " + fact.reference() + ")";
        return new AnnualValue(fact.concept(), year, fact.start(), fact.end(), fact.value(), fact.unit(),
                file, locator, fact.quote(), asOf);
    }

    private static AnnualValue preferred(AnnualValue a, AnnualValue b) {
        Comparator<AnnualValue> order = Comparator.comparing(AnnualValue::asOf)
                .thenComparing(AnnualValue::locator, Comparator.reverseOrder())
                .thenComparing(v -> v.value().toPlainString());
        return order.compare(a, b) >= 0 ? a : b;
    }

    private static boolean isAnnualReport(ReportedFact fact) {
        return ANNUAL_FORMS.contains(fact.form()) && "FY".equals(fact.fiscalPeriod());
    }

    private static boolean isFullYear(ReportedFact fact) {
        long days = fact.days();
        return !fact.isInstant() && days >= MIN_YEAR_DAYS && days <= MAX_YEAR_DAYS;
    }
}
