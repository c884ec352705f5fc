package io.tributary.synthesis.internal;

import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.run.StoredFinding;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The contradictions the due-diligence synthesis looks for, each pairing a red flag with the
 * publicity or claim that glosses over it: deteriorating financials against upbeat press, a
 * regulatory red flag against upbeat publicity, and officer turnover against claims of stable
 * management.
 */
public final class ContradictionRules {

    /** Financial findings that say the business is deteriorating. */
    public static final Set<String> DETERIORATION = Set.of("financials.net-loss", "financials.revenue-decline",
            "financials.negative-equity", "financials.cash-burn");

    /** Disclosed events that are red flags when publicity is upbeat. */
    public static final Set<String> RED_FLAG_EVENTS = Set.of("regulatory.non-reliance", "regulatory.restatement",
            "regulatory.material-weakness", "regulatory.subpoena", "regulatory.investigation",
            "regulatory.going-concern", "regulatory.wells-notice", "regulatory.criminal-charge",
            "regulatory.plea-agreement", "regulatory.deferred-prosecution");

    /**
     * Officer changes from filings count as turnover from this many in one year of the latest
     * {@value #RECENT_OFFICER_CHANGE_YEARS} years of such filings (undated ones count together).
     */
    public static final int FREQUENT_OFFICER_CHANGES = 3;
    /** The latest years of officer-change filings that can make turnover; older ones are history. */
    public static final int RECENT_OFFICER_CHANGE_YEARS = 3;

    private ContradictionRules() {
    }

    /** The rules, in the order their contradictions are reported. */
    public static List<ContradictionRule> dueDiligence() {
        return List.of(financialsVersusPress(), regulatoryVersusPublicity(), turnoverVersusStability());
    }

    static ContradictionRule financialsVersusPress() {
        return new ContradictionRule("financials-vs-press",
                "Deteriorating financials against positive press",
                select(f -> DETERIORATION.contains(topic(f)) && polarity(f) != Polarity.POSITIVE),
                "The financial statements show deterioration",
                select(ContradictionRules::positiveBalance),
                "Press coverage is positive on balance",
                "Reconcile the positive %2$s with %1$s: check whether the coverage postdates a "
                        + "turnaround or ignores the reported results, using the latest annual and quarterly "
                        + "statements and the auditor's report.");
    }

    static ContradictionRule regulatoryVersusPublicity() {
        return new ContradictionRule("regulatory-vs-publicity",
                "Regulatory red flag against upbeat publicity",
                select(ContradictionRules::regulatoryRedFlag),
                "The filings raise a regulatory red flag",
                select(f -> positiveBalance(f) || companyRelease(f) || upbeatFilingRelease(f) || bullishHeadline(f)),
                "The company's releases or the press are upbeat",
                "Read the filing behind %1$s before relying on %2$s: which periods are restated or may not be "
                        + "relied on, what the auditor and the audit committee concluded, and whether any "
                        + "investigation is still open.");
    }

    static ContradictionRule turnoverVersusStability() {
        return new ContradictionRule("turnover-vs-stability",
                "Leadership turnover against claims of stable management",
                ContradictionRules::turnover,
                "Officers changed frequently",
                select(f -> polarity(f) != Polarity.NEGATIVE && ("leadership.stable-management".equals(topic(f))
                        || Language.claimsStableManagement(f.finding().claim()))),
                "Management is described as stable",
                "Compare %1$s with the claim of %2$s: list which officers left and joined in the period and "
                        + "why, and who holds the key roles now.");
    }

    private static boolean positiveBalance(StoredFinding f) {
        return "press.sentiment-balance".equals(topic(f)) && polarity(f) == Polarity.POSITIVE;
    }

    private static boolean companyRelease(StoredFinding f) {
        return "press.company-release".equals(topic(f)) && polarity(f) != Polarity.NEGATIVE;
    }

    private static boolean upbeatFilingRelease(StoredFinding f) {
        if (!"regulatory.company-press-release".equals(topic(f)) || polarity(f) == Polarity.NEGATIVE) {
            return false;
        }
        var headline = f.finding().attributes().getOrDefault("headline", f.finding().claim());
        return polarity(f) == Polarity.POSITIVE || Language.upbeat(headline);
    }

    private static boolean bullishHeadline(StoredFinding f) {
        return "press.headline-sentiment".equals(topic(f))
                && "bullish".equals(f.finding().attributes().getOrDefault("sentiment", "").toLowerCase(Locale.ROOT));
    }

    /**
     * A disclosed event of the kind that casts doubt on the figures or the company's conduct, or a
     * risk term a word-count reading weighs as a conclusion. An observation (INFO, such as a term
     * a filing raises only as a possibility) is never a red flag on its own.
     */
    private static boolean regulatoryRedFlag(StoredFinding f) {
        if (f.finding().severity() == Severity.INFO || polarity(f) != Polarity.NEGATIVE) {
            return false;
        }
        return RED_FLAG_EVENTS.contains(topic(f)) || ("regulatory.risk-language".equals(topic(f))
                && Language.redFlagTerm(f.finding().attributes().getOrDefault("term", f.finding().claim())));
    }

    /** Turnover reported as such, or recent officer changes in filings frequent enough to be turnover. */
    private static List<StoredFinding> turnover(List<StoredFinding> findings) {
        var reported = findings.stream()
                .filter(f -> "leadership.turnover".equals(topic(f)) && polarity(f) == Polarity.NEGATIVE);
        var changes = recent(findings.stream().filter(f -> "regulatory.officer-change".equals(topic(f))).toList());
        var perYear = changes.stream().collect(Collectors.groupingBy(
                f -> Recency.endYear(f.finding()).orElse(0), Collectors.counting()));
        boolean frequent = perYear.values().stream().anyMatch(n -> n >= FREQUENT_OFFICER_CHANGES)
                || changes.stream().anyMatch(f -> polarity(f) == Polarity.NEGATIVE || count(f) >= FREQUENT_OFFICER_CHANGES);
        return Stream.concat(reported, frequent ? changes.stream() : Stream.empty())
                .toList();
    }

    /** The officer changes of the latest {@value #RECENT_OFFICER_CHANGE_YEARS} years, and the undated ones. */
    private static List<StoredFinding> recent(List<StoredFinding> changes) {
        var latest = Recency.latest(changes.stream().map(StoredFinding::finding).toList());
        return changes.stream().filter(f -> latest.isEmpty() || Recency.endYear(f.finding())
                .orElse(latest.getAsInt()) > latest.getAsInt() - RECENT_OFFICER_CHANGE_YEARS).toList();
    }

    /** The {@code count} attribute of a summary finding, or 0 when it has none or it is not a number. */
    private static int count(StoredFinding f) {
        var count = f.finding().attributes().getOrDefault("count", "").trim();
        return count.matches("\\d{1,9}") ? Integer.parseInt(count) : 0;
    }

    private static Function<List<StoredFinding>, List<StoredFinding>> select(
            Predicate<StoredFinding> predicate) {
        return findings -> findings.stream().filter(predicate).toList();
    }

    private static String topic(StoredFinding f) {
        return f.finding().topic();
    }

    private static Polarity polarity(StoredFinding f) {
        return f.finding().polarity();
    }
}
