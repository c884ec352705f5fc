package io.tributary.agents.repo;

import io.tributary.agents.source.Dossier;
import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What every release-readiness agent does around its own analysis: open the repository, time the call, report. */
final class RepositoryTasks {

    private RepositoryTasks() {
    }

    /** The repository of a whole-input task, read with the task's file size bound. */
    static Repository open(AgentTask task) {
        if (!task.isWhole()) {
            throw new InvalidInputException("Agent '" + task.agent() + "' analyses the whole repository, not work item '"
                    + task.item() + "'");
        }
        return Repository.open(task.root(), Dossier.of(task).maxFileBytes());
    }

    /** A result drawn from {@code sources} usable files, with every problem met on the way. */
    @SafeVarargs
    static AgentResult result(long startedNanos, List<Finding> findings, int sources, List<SourceProblem>... problems) {
        return new AgentResult(findings, elapsed(startedNanos), sources, all(problems));
    }

    /** No usable source, for the reasons given. */
    @SafeVarargs
    static AgentResult noEvidence(long startedNanos, List<SourceProblem>... problems) {
        return AgentResult.noEvidence(elapsed(startedNanos), all(problems));
    }

    @SafeVarargs
    private static List<SourceProblem> all(List<SourceProblem>... problems) {
        List<SourceProblem> all = new ArrayList<>();
        for (List<SourceProblem> some : problems) {
            all.addAll(some);
        }
        return all;
    }

    private static Usage elapsed(long startedNanos) {
        return Usage.local(Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
