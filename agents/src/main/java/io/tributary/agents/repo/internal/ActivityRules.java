package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.internal.Changelog.Release;
import io.tributary.agents.repo.internal.GitHistory.Commit;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges how actively a project is maintained, against today's date: from commits when the
 * repository is a git checkout, from the release dates of its changelog otherwise. A project
 * without a commit in {@value #DORMANT_DAYS} days, or a release in {@value #STALE_DAYS} days, has
 * gone quiet: a release of it needs someone who will answer for it.
 */
public final class ActivityRules {

    /** Days without a commit after which a project is dormant. */
    public static final int DORMANT_DAYS = 365;
    /** Days without a release after which a project's releases are stale. */
    public static final int STALE_DAYS = 730;
    /** Days counted as recent. */
    public static final int RECENT_DAYS = 90;

    private static final ReadinessArea AREA = ReadinessArea.ACTIVITY;
    private static final int MAX_EVIDENCE = 5;

    private ActivityRules() {
    }

    /** The findings on a git history, judged on {@code today}. */
    public static List<Finding> ofCommits(GitHistory history, LocalDate today) {
        List<Commit> commits = history.commits();
        Commit last = commits.get(0);
        Instant now = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        long age = Math.max(0, Duration.between(last.when(), now).toDays());
        long recent = commits.stream().filter(c -> within(c.when(), now, RECENT_DAYS)).count();
        long year = commits.stream().filter(c -> within(c.when(), now, 365)).count();
        long authors = commits.stream().filter(c -> within(c.when(), now, 365)).map(Commit::author).distinct().count();
        List<Evidence> evidence = commits.stream().limit(MAX_EVIDENCE).map(ActivityRules::evidence).toList();
        String lastDate = LocalDate.ofInstant(last.when(), ZoneOffset.UTC).toString();
        Finding lastCommit = age > DORMANT_DAYS
                ? AREA.finding("last-commit", "dormant", "Dormant: the last commit is from " + lastDate + ", " + age
                        + " days ago", Polarity.NEGATIVE, Severity.MEDIUM, 0.9, evidence, Map.of("ageDays", "" + age))
                : AREA.finding("last-commit", "last-commit", "Last commit " + lastDate + ", " + age + " days ago",
                        Polarity.POSITIVE, Severity.LOW, 0.9, evidence, Map.of("ageDays", "" + age));
        String counted = (history.capped() ? "the newest " : "") + commits.size() + " commits";
        Finding pace = AREA.finding("commits", "commits", String.format(Locale.ROOT,
                "%d commits in the last %d days and %d in the last year by %d author(s), of %s read", recent,
                RECENT_DAYS, year, authors, counted), Polarity.NEUTRAL, Severity.LOW, 0.9, evidence,
                Map.of("recent", "" + recent, "lastYear", "" + year, "authors", "" + authors,
                        "commits", "" + commits.size()));
        return List.of(lastCommit, pace);
    }

    /** The findings on a changelog with at least one dated release, judged on {@code today}. */
    public static List<Finding> ofReleases(Changelog changelog, LocalDate today) {
        List<Release> dated = changelog.dated();
        Release last = dated.get(0);
        LocalDate lastDate = last.date().orElseThrow();
        long age = Math.max(0, ChronoUnit.DAYS.between(lastDate, today));
        long lastTwoYears = dated.stream().filter(r -> !r.date().orElseThrow().isBefore(today.minusDays(STALE_DAYS)))
                .count();
        LocalDate first = dated.get(dated.size() - 1).date().orElseThrow();
        List<Evidence> evidence = dated.stream().limit(MAX_EVIDENCE)
                .map(r -> new Evidence(changelog.file(), "line " + r.line(), r.heading())).toList();
        String said = "The last release, " + last.version() + ", is from " + lastDate + ", " + age + " days ago";
        Finding lastRelease = age > STALE_DAYS
                ? AREA.finding("last-release", "stale", "Stale: " + Character.toLowerCase(said.charAt(0))
                        + said.substring(1), Polarity.NEGATIVE, Severity.MEDIUM, 0.85, evidence,
                        Map.of("ageDays", "" + age, "version", last.version()))
                : AREA.finding("last-release", "last-release", said, Polarity.POSITIVE, Severity.LOW, 0.85, evidence,
                        Map.of("ageDays", "" + age, "version", last.version()));
        int undated = changelog.releases().size() - dated.size();
        Finding cadence = AREA.finding("releases", "releases", String.format(Locale.ROOT,
                "%d dated releases from %s to %s, %d in the last %d days%s", dated.size(), first, lastDate,
                lastTwoYears, STALE_DAYS, undated == 0 ? "" : "; " + undated + " release headings carry no date"),
                Polarity.NEUTRAL, Severity.LOW, 0.85, evidence,
                Map.of("releases", "" + dated.size(), "first", first.toString(), "recent", "" + lastTwoYears));
        return List.of(lastRelease, cadence);
    }

    private static boolean within(Instant when, Instant now, int days) {
        return !when.isBefore(now.minus(Duration.ofDays(days)));
    }

    private static Evidence evidence(Commit commit) {
        return new Evidence(GitHistory.GIT_FOLDER, "commit " + commit.id(),
                LocalDate.ofInstant(commit.when(), ZoneOffset.UTC) + " " + commit.subject());
    }
}
