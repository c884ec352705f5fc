package io.tributary.agents.repo;

import io.tributary.agents.repo.internal.ActivityRules;
import io.tributary.agents.repo.internal.Changelog;
import io.tributary.agents.repo.internal.GitHistory;
import io.tributary.agents.source.SourceException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code activity} agent: how actively the project is maintained, judged against the
 * injected clock. A git checkout is judged on its commits ({@code activity.last-commit},
 * {@code activity.dormant}, {@code activity.commits}); otherwise, or when the history cannot be
 * read, on the dated releases of its changelog ({@code activity.last-release},
 * {@code activity.stale}, {@code activity.releases}). Stateless.
 */
@ApplicationScoped
@Named(ActivityAgent.NAME)
public class ActivityAgent implements Agent {

    /** The bean name job XML refers to. */
    public static final String NAME = "activity";

    private final Clock clock;

    public ActivityAgent() {
        this(Clock.systemUTC());
    }

    /** An agent that judges activity against {@code clock}. */
    public ActivityAgent(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        long started = System.nanoTime();
        Repository repository = RepositoryTasks.open(task);
        LocalDate today = LocalDate.now(clock);
        List<SourceProblem> problems = new ArrayList<>();
        if (repository.isGitCheckout()) {
            try {
                GitHistory history = GitHistory.read(repository);
                return RepositoryTasks.result(started, ActivityRules.ofCommits(history, today), 1, problems);
            } catch (SourceException e) {
                problems.add(e.toProblem());
            }
        }
        Optional<Path> file = Changelog.find(repository);
        if (file.isEmpty()) {
            problems.add(new SourceProblem(".", "no readable git history and no " + String.join(", ", Changelog.NAMES)
                    + " at the root"));
            return RepositoryTasks.noEvidence(started, problems);
        }
        try {
            Changelog changelog = Changelog.read(repository, file.get());
            if (changelog.dated().isEmpty()) {
                problems.add(new SourceProblem(changelog.file(), "has no release heading with a date (yyyy-MM-dd)"));
                return RepositoryTasks.noEvidence(started, problems);
            }
            return RepositoryTasks.result(started, ActivityRules.ofReleases(changelog, today), 1, problems);
        } catch (SourceException e) {
            problems.add(e.toProblem());
            return RepositoryTasks.noEvidence(started, problems);
        }
    }
}
