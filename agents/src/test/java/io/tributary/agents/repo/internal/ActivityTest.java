package io.tributary.agents.repo.internal;

import static io.tributary.agents.repo.internal.RepoSamples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.repo.Repository;
import io.tributary.agents.source.SourceException;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path root;

    @Test
    void changelog_datedHeadings_newestFirst_undatedCounted() {
        Path file = write(root, "CHANGELOG.md", "# Changelog\n\n## [v1.1.0](https://x/compare/v1.0.0...v1.1.0) - 2026-06-01\n\n- fix\n\n"
                + "## 1.0.0 - 2025-01-15\n\n## 0.9.0\n\n### Fixed\n");
        Changelog changelog = Changelog.read(Repository.open(root), file);
        assertThat(changelog.dated()).extracting(Changelog.Release::version, Changelog.Release::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1.0", 3),
                        org.assertj.core.groups.Tuple.tuple("1.0.0", 7));
        List<Finding> findings = ActivityRules.ofReleases(changelog, TODAY);
        assertThat(findings.get(0).topic()).isEqualTo("activity.last-release");
        assertThat(findings.get(0).claim()).isEqualTo("The last release, 1.1.0, is from 2026-06-01, 183 days ago");
        assertThat(findings.get(1).claim()).contains("2 dated releases").contains("1 release headings carry no date");
        assertThat(findings.get(0).evidence().get(0)).isEqualTo(new io.tributary.api.finding.Evidence("CHANGELOG.md",
                "line 3", "## [v1.1.0](https://x/compare/v1.0.0...v1.1.0) - 2026-06-01"));
    }

    @Test
    void changelog_lastReleaseYearsAgo_isStale() {
        Path file = write(root, "HISTORY.md", "## v2.0.0 / 2020-03-01\n");
        Finding last = ActivityRules.ofReleases(Changelog.read(Repository.open(root), file), TODAY).get(0);
        assertThat(last.topic()).isEqualTo("activity.stale");
        assertThat(last.polarity()).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void changelog_impossibleDate_isAnErrorNamingFileAndLine() {
        Path file = write(root, "CHANGELOG.md", "# Changes\n\n## 1.0.0 - 2023-02-30\n");
        assertThatThrownBy(() -> Changelog.read(Repository.open(root), file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("CHANGELOG.md: line 3: '2023-02-30' is not a date");
    }

    @Test
    void gitHistory_commitsWithFixedDates_recentAndDormant() throws Exception {
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            commit(git, "a.txt", "ada@example.org", "2026-11-20T10:00:00Z");
            commit(git, "b.txt", "bob@example.org", "2026-06-01T10:00:00Z");
            commit(git, "c.txt", "ada@example.org", "2026-11-28T10:00:00Z");
        }
        Repository repository = Repository.open(root);
        assertThat(repository.isGitCheckout()).isTrue();
        GitHistory history = GitHistory.read(repository);
        assertThat(history.commits()).extracting(GitHistory.Commit::subject).containsExactly("add c.txt", "add b.txt",
                "add a.txt");
        List<Finding> findings = ActivityRules.ofCommits(history, TODAY);
        assertThat(findings.get(0).claim()).isEqualTo("Last commit 2026-11-28, 2 days ago");
        assertThat(findings.get(1).attributes()).containsEntry("recent", "2").containsEntry("lastYear", "3")
                .containsEntry("authors", "2");
        assertThat(findings.get(0).evidence().get(0).locator()).startsWith("commit ");

        Finding later = ActivityRules.ofCommits(history, LocalDate.of(2028, 1, 1)).get(0);
        assertThat(later.topic()).isEqualTo("activity.dormant");
    }

    @Test
    void gitRepositoryWithoutCommits_isAnErrorNamingDotGit() throws Exception {
        Git.init().setDirectory(root.toFile()).call().close();
        assertThatThrownBy(() -> GitHistory.read(Repository.open(root)))
                .isInstanceOf(SourceException.class)
                .hasMessage(".git: has no commits yet (HEAD points at nothing)");
    }

    @Test
    void brokenGitFolder_isAnErrorNamingDotGit() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), "garbage");
        assertThatThrownBy(() -> GitHistory.read(Repository.open(root)))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(".git: ");
    }

    private void commit(Git git, String file, String email, String when) throws Exception {
        write(root, file, file);
        git.add().addFilepattern(file).call();
        PersonIdent who = new PersonIdent(email.substring(0, 3), email, Instant.parse(when), TimeZone.getTimeZone("UTC").toZoneId());
        git.commit().setMessage("add " + file).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
