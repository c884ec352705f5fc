package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.Repository;
import io.tributary.agents.source.SourceException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The commits reachable from a git checkout's {@code HEAD}, read with JGit, newest first and at
 * most {@value #MAX_COMMITS} of them (activity is judged on recent history). JGit opens the
 * checkout as git does, which includes reading the user's and the system's git configuration.
 *
 * @param commits the commits read
 * @param capped  true when the history is longer than what was read
 */
public record GitHistory(List<Commit> commits, boolean capped) {

    /** The most commits read from one history. */
    public static final int MAX_COMMITS = 10_000;
    /** The folder evidence names for git history. */
    public static final String GIT_FOLDER = ".git";

    public GitHistory {
        commits = List.copyOf(commits);
    }

    /**
     * One commit.
     *
     * @param id      the abbreviated commit id
     * @param when    the committer's time
     * @param author  the author's e-mail address, or name when it has none
     * @param subject the first line of the message
     */
    public record Commit(String id, Instant when, String author, String subject) {
    }

    /**
     * Reads the history of the checkout at {@code repository}'s root.
     *
     * @throws SourceException naming {@code .git} if it cannot be read or has no commit
     */
    public static GitHistory read(Repository repository) {
        try (Git git = Git.open(repository.root().toFile())) {
            if (git.getRepository().resolve(Constants.HEAD) == null) {
                throw new SourceException(GIT_FOLDER, "has no commits yet (HEAD points at nothing)");
            }
            List<Commit> commits = new ArrayList<>();
            for (RevCommit c : git.log().setMaxCount(MAX_COMMITS + 1).call()) {
                String email = c.getAuthorIdent().getEmailAddress();
                commits.add(new Commit(c.abbreviate(7).name(), Instant.ofEpochSecond(c.getCommitTime()),
                        email == null || email.isBlank() ? c.getAuthorIdent().getName() : email, c.getShortMessage()));
            }
            boolean capped = commits.size() > MAX_COMMITS;
            return new GitHistory(capped ? commits.subList(0, MAX_COMMITS) : commits, capped);
        } catch (NoHeadException e) {
            throw new SourceException(GIT_FOLDER, "has no commits yet (HEAD points at nothing)", e);
        } catch (IOException | GitAPIException | JGitInternalException | RevWalkException e) {
            throw new SourceException(GIT_FOLDER, "cannot be read as a git repository: " + e.getMessage(), e);
        }
    }
}
