package io.tributary.core.batch;

import jakarta.batch.runtime.context.JobContext;
import java.util.List;
import org.jberet.job.model.Flow;
import org.jberet.job.model.JobElement;
import org.jberet.job.model.Split;
import org.jberet.job.model.Step;

/** What a running job's definition holds, read from JBeret's job model. */
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
