package io.tributary.jobs.launcher;

import io.tributary.core.bootstrap.TributaryRuntime;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code executions <job>}: a job's executions, newest first. */
@Command(name = "executions", mixinStandardHelpOptions = true, description = "List a job's executions, newest first.")
final class ExecutionsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB")
    String job;

    @Option(names = "--limit", defaultValue = "20", description = "How many runs to list (default ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    CommonOptions options = new CommonOptions();

    /** One line of the listing. */
    record Row(long executionId, long runId, String batchStatus, String exitStatus, Instant startedAt, Instant endedAt) {
    }

    @Override
    public Integer call() throws Exception {
        try (TributaryRuntime runtime = Launcher.start(options)) {
            JobOperator op = runtime.jobOperator();
            List<Row> rows = new ArrayList<>();
            for (JobInstance instance : instances(op)) {
                for (JobExecution e : op.getJobExecutions(instance)) {
                    rows.add(new Row(e.getExecutionId(), instance.getInstanceId(), e.getBatchStatus().name(),
                            e.getExitStatus(), time(e.getStartTime()), time(e.getEndTime())));
                }
            }
            rows.sort(Comparator.comparingLong(Row::executionId).reversed());
            if (options.json) {
                Launcher.printJson(Map.of("job", job, "executions", rows), options.out());
            } else {
                options.out().printf("%-10s %-8s %-10s %-12s %s%n", "EXECUTION", "RUN", "STATUS", "EXIT", "STARTED");
                rows.forEach(r -> options.out().printf("%-10d %-8d %-10s %-12s %s%n", r.executionId(), r.runId(),
                        r.batchStatus(), r.exitStatus(), r.startedAt()));
            }
            return ExitCode.OK.code();
        }
    }

    /** The job's newest instances; none if the repository has never seen the job. */
    private List<JobInstance> instances(JobOperator op) {
        try {
            return op.getJobInstances(job, 0, limit);
        } catch (jakarta.batch.operations.NoSuchJobException e) {
            return List.of();
        }
    }

    private static Instant time(java.util.Date d) {
        return d == null ? null : d.toInstant();
    }
}
