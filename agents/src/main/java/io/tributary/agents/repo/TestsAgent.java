package io.tributary.agents.repo;

import io.tributary.agents.repo.internal.Manifests;
import io.tributary.agents.repo.internal.TestInventory;
import io.tributary.agents.repo.internal.TestRules;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The {@code tests} agent: finds the repository's test files by the common naming conventions,
 * weighs their size against the other source files ({@code tests.present}, {@code tests.thin},
 * {@code tests.absent}) and reads the test command its manifests declare ({@code tests.command}).
 * A repository without source files has no evidence for it. Stateless.
 */
@ApplicationScoped
@Named(TestsAgent.NAME)
public class TestsAgent implements Agent {

    /** The bean name job XML refers to. */
    public static final String NAME = "tests";

    @Override
    public AgentResult analyse(AgentTask task) {
        long started = System.nanoTime();
        Repository repository = RepositoryTasks.open(task);
        Repository.Listing listing = repository.listing();
        TestInventory inventory = TestInventory.read(repository, listing.files(), Manifests.read(repository));
        int read = inventory.sources().size() + inventory.tests().size();
        if (read == 0) {
            return RepositoryTasks.noEvidence(started, listing.problems(), inventory.problems(),
                    List.of(new SourceProblem(".", "the repository has no source files to test")));
        }
        return RepositoryTasks.result(started, TestRules.judge(inventory), read, listing.problems(),
                inventory.problems());
    }
}
