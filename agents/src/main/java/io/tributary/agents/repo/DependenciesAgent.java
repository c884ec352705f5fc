package io.tributary.agents.repo;

import io.tributary.agents.repo.internal.DependencyInventory;
import io.tributary.agents.repo.internal.DependencyRules;
import io.tributary.agents.repo.internal.Manifests;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The {@code dependencies} agent: reads the dependencies declared in the repository's
 * {@code package.json} and {@code pom.xml} and reports how tightly their versions are held
 * ({@code dependencies.declared}), and which are unbounded, snapshots, from outside a registry,
 * invalid or declared twice. A repository without a manifest has no evidence for it. Stateless.
 */
@ApplicationScoped
@Named(DependenciesAgent.NAME)
public class DependenciesAgent implements Agent {

    /** The bean name job XML refers to. */
    public static final String NAME = "dependencies";

    @Override
    public AgentResult analyse(AgentTask task) {
        long started = System.nanoTime();
        Repository repository = RepositoryTasks.open(task);
        Manifests manifests = Manifests.read(repository);
        if (manifests.isEmpty()) {
            List<SourceProblem> none = manifests.problems().isEmpty()
                    ? List.of(new SourceProblem(".", "the repository has no package.json or pom.xml at its root"))
                    : List.of();
            return RepositoryTasks.noEvidence(started, manifests.problems(), none);
        }
        DependencyInventory inventory = DependencyInventory.of(manifests);
        return RepositoryTasks.result(started, DependencyRules.judge(inventory), inventory.manifests().size(),
                inventory.problems());
    }
}
