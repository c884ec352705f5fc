package io.tributary.synthesis.internal;

import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.run.StoredFinding;
import io.tributary.api.synthesis.Statement;
import io.tributary.synthesis.Dimension;
import io.tributary.synthesis.DimensionAssessment;
import io.tributary.synthesis.Rating;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rates one dimension from its settled conclusions. Each settled finding weighs its severity
 * times its confidence times its recency ({@link Recency}: 1 for the dimension's latest period,
 * 0.2 less per year older, at least 0.2), for or against the target; per-item observations,
 * history and findings with caveats carry no weight, so a rating always rests on settled
 * conclusions about the current period.
 */
public final class DimensionRater {

    /** Findings against must outweigh findings for by this factor for serious ones to be CONCERNING. */
    public static final double CONCERNING_DOMINANCE = 2.0;
    /** Findings for must outweigh findings against by this factor for a STRONG rating. */
    public static final double STRONG_DOMINANCE = 2.0;

    private static final Map<Severity, Double> WEIGHTS = Map.of(
            Severity.INFO, 0.0, Severity.LOW, 1.0, Severity.MEDIUM, 2.0, Severity.HIGH, 4.0, Severity.CRITICAL, 8.0);

    private final Settlement settlement;
    private final Coverage coverage;

    public DimensionRater(Settlement settlement, Coverage coverage) {
        this.settlement = settlement;
        this.coverage = coverage;
    }

    /** The rating of {@code dimension} from the findings that inform it. */
    public DimensionAssessment rate(Dimension dimension, List<StoredFinding> findings) {
        var agents = findings.stream().map(StoredFinding::agent).distinct().sorted().toList();
        var conclusions = findings.stream().filter(Settlement::conclusion).filter(f -> !Recency.neverWeighed(f.finding()))
                .sorted(FindingOrder.STRONGEST_FIRST).toList();
        var settled = conclusions.stream().filter(settlement::settled).toList();
        var unsettled = conclusions.stream().filter(f -> !settlement.settled(f)).map(this::unsettledStatement).toList();
        var role = coverage.forDimension(dimension);
        if (findings.isEmpty()) {
            var why = role.map(r -> r.delivered() ? r.explanation() + " but reported no finding on it" : r.explanation())
                    .orElse("no agent reported findings on it");
            return new DimensionAssessment(dimension, Rating.NO_EVIDENCE, "No evidence: " + why + ".", List.of(),
                    List.of(), agents);
        }
        var partial = role.filter(r -> !r.delivered()).map(r -> " The evidence may be partial: " + r.explanation() + ".")
                .orElse("");
        if (settled.isEmpty()) {
            var basis = conclusions.isEmpty()
                    ? "Only per-item observations (" + findings.size() + ") and no conclusion drawn from them."
                    : "Only findings that are not settled (" + conclusions.size()
                            + "); they cannot decide a rating on their own.";
            return new DimensionAssessment(dimension, Rating.INCONCLUSIVE, basis + partial, List.of(), unsettled, agents);
        }
        var balance = Balance.of(settled, Recency.latest(settled.stream().map(StoredFinding::finding).toList()));
        var rating = balance.rating();
        return new DimensionAssessment(dimension, rating, balance.basis(rating) + partial, reasons(settled), unsettled,
                agents);
    }

    private static List<Statement> reasons(List<StoredFinding> settled) {
        var byTopic = settled.stream().collect(Collectors.groupingBy(f -> f.finding().topic(), TreeMap::new,
                Collectors.toList()));
        return byTopic.values().stream()
                .sorted(Comparator.comparing(group -> group.get(0), FindingOrder.STRONGEST_FIRST))
                .map(group -> new Statement(
                        group.stream().map(f -> f.finding().claim()).collect(Collectors.joining("; ")),
                        group.stream().map(StoredFinding::id).toList()))
                .toList();
    }

    private Statement unsettledStatement(StoredFinding finding) {
        var caveats = settlement.caveats(finding).stream().map(Caveat::name).sorted().collect(Collectors.joining(", "));
        return new Statement("Not settled (" + caveats + "): " + finding.finding().claim(), List.of(finding.id()));
    }

    /** The weight of settled findings for and against the target. */
    private record Balance(double against, double favour, long againstCount, long favourCount, long neutralCount,
            Severity worstAgainst, boolean seriousFavour) {

        static Balance of(List<StoredFinding> settled, OptionalInt latestYear) {
            double against = 0;
            double favour = 0;
            long againstCount = 0;
            long favourCount = 0;
            Severity worst = Severity.INFO;
            boolean seriousFavour = false;
            for (var stored : settled) {
                var finding = stored.finding();
                double weight = WEIGHTS.get(finding.severity()) * finding.confidence()
                        * Recency.weight(finding, latestYear);
                if (finding.polarity() == Polarity.NEGATIVE) {
                    against += weight;
                    againstCount++;
                    worst = finding.severity().compareTo(worst) > 0 ? finding.severity() : worst;
                } else if (finding.polarity() == Polarity.POSITIVE) {
                    favour += weight;
                    favourCount++;
                    seriousFavour |= finding.severity().compareTo(Severity.MEDIUM) >= 0;
                }
            }
            return new Balance(against, favour, againstCount, favourCount,
                    settled.size() - againstCount - favourCount, worst, seriousFavour);
        }

        Rating rating() {
            if (worstAgainst == Severity.CRITICAL
                    || (worstAgainst == Severity.HIGH && against >= CONCERNING_DOMINANCE * favour)) {
                return Rating.CONCERNING;
            }
            if (against > favour) {
                return Rating.WEAK;
            }
            if (seriousFavour && !worstAgainst.isHigh() && favour >= STRONG_DOMINANCE * against) {
                return Rating.STRONG;
            }
            return Rating.ADEQUATE;
        }

        String basis(Rating rating) {
            var why = switch (rating) {
                case CONCERNING -> worstAgainst == Severity.CRITICAL
                        ? "A critical finding counts against the target."
                        : "Serious findings against the target clearly outweigh those for it.";
                case WEAK -> "The settled findings against the target outweigh those for it.";
                case STRONG -> "The settled findings count for the target, with nothing serious against it.";
                default -> "The settled findings are balanced or neutral.";
            };
            return why + " Settled conclusions: " + againstCount + " against, " + favourCount + " for, "
                    + neutralCount + String.format(Locale.ROOT, " neutral; weight %.1f against, %.1f for (severity x"
                    + " confidence x recency, history not weighed).", against, favour);
        }
    }
}
