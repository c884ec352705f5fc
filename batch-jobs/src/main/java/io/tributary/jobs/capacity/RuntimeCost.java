package io.tributary.jobs.capacity;

import java.time.Duration;

/**
 * What the runtime itself costs per query and per agent task, on top of the agents' own latency:
 * measured, not derived, because it depends on the machine, the database and the job's shape. The
 * defaults were measured with the benchmark in {@code integration-tests} (profile {@code bench}):
 * jobs of five parallel agents, JDBC job repository and result store on an H2 file, Java 17, two
 * cores. Measure your own with that benchmark and pass them in.
 *
 * @param overheadPerQuery wall time a query takes beyond its slowest agent call (job start,
 *                         steps, store writes, policy decision)
 * @param cpuPerTask       processor time the runtime spends per agent task, the job's own steps
 *                         included (agents' own work excluded)
 * @param dbTimePerTask    time a database connection is held per agent task, the job's own
 *                         writes included
 */
public record RuntimeCost(Duration overheadPerQuery, Duration cpuPerTask, Duration dbTimePerTask) {

    /**
     * Measured on a two-core machine, Java 17, H2 file database (see the class comment): 17 ms
     * overhead with one job at a time; 5 ms of CPU per task with 200 jobs in flight; 6 ms of a
     * connection per task with eight jobs at a time (more under saturation, when writers queue
     * for row locks while holding their connection).
     */
    public static final RuntimeCost MEASURED_H2 = new RuntimeCost(Duration.ofMillis(17), Duration.ofMillis(5),
            Duration.ofMillis(6));

    public RuntimeCost {
        requireNotNegative("overhead per query", overheadPerQuery);
        requireNotNegative("CPU per task", cpuPerTask);
        requireNotNegative("database time per task", dbTimePerTask);
    }

    private static void requireNotNegative(String what, Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be zero or more, was " + d);
        }
    }
}
