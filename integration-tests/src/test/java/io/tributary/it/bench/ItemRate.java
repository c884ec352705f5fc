package io.tributary.it.bench;

import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.store.ItemRecord;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Items per second of one agent: a job of {@code it-five} whose {@code financials} agent has
 * {@value #ITEMS} small items (no latency, one finding each) and whose other agents have one. The
 * job runs until it ends or the time given is up, when it is stopped; the rate is the items the
 * store holds as settled over the time they took.
 */
final class ItemRate {

    static final int ITEMS = 5000;
    static final String AGENT = "financials";

    /**
     * @param items    settled items of the agent in the store
     * @param seconds  from the start of the job to its end or stop
     * @param finished whether the job ended on its own within the time
     */
    record Result(int items, double seconds, boolean finished) {

        double itemsPerSecond() {
            return items / seconds;
        }
    }

    private ItemRate() {
    }

    static Result run(TributaryRuntime runtime, Path dossier, Duration limit) throws InterruptedException {
        Properties params = FiveAgents.uniform(0, 0).jobParameters(dossier);
        params.setProperty(AGENT + ".items", Integer.toString(ITEMS));
        JobOperator operator = runtime.jobOperator();
        long start = System.nanoTime();
        long id = operator.start(TributaryJobs.JOB, params);
        long deadline = start + limit.toNanos();
        while (!ended(operator, id) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean finished = ended(operator, id);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!finished) {
            operator.stop(id);
            while (!ended(operator, id)) {
                Thread.sleep(20);
            }
        }
        long runId = operator.getJobInstance(id).getInstanceId();
        int settled = (int) runtime.store().items(runId, AGENT, "scripted").stream().filter(ItemRecord::settled)
                .count();
        Result r = new Result(settled, seconds, finished);
        System.out.printf("bench: %d items of one agent: %d settled in %.1f s (%s), %.0f items/s%n", ITEMS, settled,
                seconds, finished ? "finished" : "stopped", r.itemsPerSecond());
        return r;
    }

    private static boolean ended(JobOperator operator, long id) {
        BatchStatus s = operator.getJobExecution(id).getBatchStatus();
        return s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED
                || s == BatchStatus.ABANDONED;
    }
}
