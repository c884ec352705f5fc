package io.tributary.core.batch;

import jakarta.batch.runtime.context.JobContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jberet.job.model.Flow;
import org.jberet.job.model.JobElement;
import org.jberet.job.model.Split;
import org.jberet.job.model.Step;

/** What a running job's definition and context hold, read from JBeret's job model and job context. */
final class JobModel {

    private JobModel() {
    }

    /**
     * True when a step of the job (in any flow or split) runs the batchlet {@code ref}; also true
     * when the job context is not JBeret's, since the definition cannot be read then.
     */
    static boolean runsBatchlet(JobContext job, String ref) {
        if (job instanceof org.jberet.runtime.context.JobContextImpl jberet) {
            return runsBatchlet(jberet.getJob().getJobElements(), ref);
        }
        return true;
    }

    /**
     * Who is accountable for each agent role: job property {@code <role>.owner}, else the
     * {@code owner} property of the role's agent step ({@code agent:owner} of its one-line
     * declaration, which job parameter {@code <role>.owner} overrides), as this execution resolved
     * them. Roles without one are absent; empty when the job context is not JBeret's.
     */
    static Map<String, String> owners(JobContext job, JobSettings props) {
        Map<String, String> owners = new LinkedHashMap<>();
        if (job instanceof org.jberet.runtime.context.JobContextImpl jberet) {
            agentSteps(jberet.getJob().getJobElements()).forEach(step -> {
                String role = step.getProperties().get("agent");
                String owner = props.find(role + ".owner").orElse(value(step.getProperties().get("owner")));
                if (!owner.isEmpty() && !owner.contains("#{")) {
                    owners.putIfAbsent(role, owner);
                }
            });
        }
        return owners;
    }

    private static String value(String text) {
        return text == null ? "" : text.trim();
    }

    private static List<Step> agentSteps(List<JobElement> elements) {
        List<Step> steps = new ArrayList<>();
        for (JobElement element : elements) {
            if (element instanceof Step step && step.getProperties() != null
                    && !value(step.getProperties().get("agent")).isEmpty()) {
                steps.add(step);
            } else if (element instanceof Flow flow) {
                steps.addAll(agentSteps(flow.getJobElements()));
            } else if (element instanceof Split split) {
                split.getFlows().forEach(f -> steps.addAll(agentSteps(f.getJobElements())));
            }
        }
        return steps;
    }

    /**
     * False only when the job context is JBeret's and says this execution is not a restart (so no
     * earlier execution registered its run); true otherwise, when the store must be asked.
     */
    static boolean mayBeRestart(JobContext job) {
        return !(job instanceof org.jberet.runtime.context.JobContextImpl jberet) || jberet.isRestart();
    }

    /** The execution's job parameters as the job context holds them, when it is JBeret's. */
    static Optional<Properties> parameters(JobContext job) {
        return job instanceof org.jberet.runtime.context.JobContextImpl jberet
                ? Optional.of(jberet.getJobParameters() == null ? new Properties() : jberet.getJobParameters())
                : Optional.empty();
    }

    private static boolean runsBatchlet(List<JobElement> elements, String ref) {
        for (JobElement element : elements) {
            boolean found = false;
            if (element instanceof Step step) {
                found = step.getBatchlet() != null && ref.equals(step.getBatchlet().getRef());
            } else if (element instanceof Flow flow) {
                found = runsBatchlet(flow.getJobElements(), ref);
            } else if (element instanceof Split split) {
                found = split.getFlows().stream().anyMatch(f -> runsBatchlet(f.getJobElements(), ref));
            }
            if (found) {
                return true;
            }
        }
        return false;
    }
}
