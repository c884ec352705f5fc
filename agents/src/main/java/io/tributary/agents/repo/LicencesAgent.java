package io.tributary.agents.repo;

import io.tributary.agents.repo.internal.LicenceInventory;
import io.tributary.agents.repo.internal.LicenceRules;
import io.tributary.agents.repo.internal.Manifests;
import io.tributary.agents.repo.internal.SourceFiles;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code licences} agent: reads the repository's licence files, the licence fields of its
 * manifests and the SPDX headers of its source files, and reports the licence
 * ({@code licences.declared}), a missing, conflicting, unrecognised or proprietary one, copyleft
 * terms and the source headers. Stateless.
 */
@ApplicationScoped
@Named(LicencesAgent.NAME)
public class LicencesAgent implements Agent {

    /** The bean name job XML refers to. */
    public static final String NAME = "licences";

    @Override
    public AgentResult analyse(AgentTask task) {
        long started = System.nanoTime();
        Repository repository = RepositoryTasks.open(task);
        Repository.Listing listing = repository.listing();
        List<Path> sources = SourceFiles.sources(listing.files());
        LicenceInventory inventory = LicenceInventory.read(repository, Manifests.read(repository), sources);
        int used = inventory.files().size() + inventory.manifestFiles().size() + inventory.sourceFiles();
        // the root listing is evidence too: a repository without any licence statement is a finding
        return RepositoryTasks.result(started, LicenceRules.judge(inventory), Math.max(1, used),
                listing.problems(), inventory.problems());
    }
}
