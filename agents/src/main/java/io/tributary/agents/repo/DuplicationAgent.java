package io.tributary.agents.repo;

import io.tributary.agents.repo.internal.Duplication;
import io.tributary.agents.repo.internal.DuplicationRules;
import io.tributary.agents.repo.internal.SourceFiles;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The {@code duplication} agent: compares the repository's source files for blocks of code
 * repeated across them and reports the share of repeated lines with the longest blocks as
 * evidence ({@code duplication.none}, {@code duplication.repeated}, {@code duplication.high}).
 * Stateless.
 */
@ApplicationScoped
@Named(DuplicationAgent.NAME)
public class DuplicationAgent implements Agent {

    /** The bean name job XML refers to. */
    public static final String NAME = "duplication";

    @Override
    public AgentResult analyse(AgentTask task) {
        long started = System.nanoTime();
        Repository repository = RepositoryTasks.open(task);
        Repository.Listing listing = repository.listing();
        Duplication duplication = Duplication.of(repository, SourceFiles.sources(listing.files()));
        if (duplication.files() == 0) {
            return RepositoryTasks.noEvidence(started, listing.problems(), duplication.problems(),
                    List.of(new SourceProblem(".", "the repository has no readable source files to compare")));
        }
        return RepositoryTasks.result(started, DuplicationRules.judge(duplication), duplication.files(),
                listing.problems(), duplication.problems());
    }
}
