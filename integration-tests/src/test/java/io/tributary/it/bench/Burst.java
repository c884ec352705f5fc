package io.tributary.it.bench;

import io.tributary.core.bootstrap.TributaryRuntime;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import jdk.jfr.Recording;

/**
 * Whether a burst costs more per job than a steady load, on one warm runtime: the closed loop of
 * {@value #LOOP} jobs, {@value #BURST} jobs started at the same instant, the loop again, a second
 * burst and a last loop. Each phase gives its throughput (overall, and between the 10th and 90th
 * percentile of the jobs' ends, without the burst's start and tail), processor time per job split
 * by thread, peak platform threads, failures and the job executions already in the repository when
 * it began: loops that get dearer as executions pile up say the database's history costs, a burst
 * dearer than the loops either side of it says the burst itself does. With a directory for
 * recordings each phase is also recorded there (execution samples and compilations).
 *
 * @param runtime    the warm runtime
 * @param jobs       Tributary's jobs on it
 * @param window     how long a loop is measured, after a warm-up of its own
 * @param recordings where each phase's flight recording goes, or null for none
 */
record Burst(TributaryRuntime runtime, TributaryJobs jobs, Duration window, Path recordings) {

    static final int LOOP = 100;
    static final int BURST = 1000;
    /** The compilers' share in {@link Phase#cpuMsPerJobByThreads}. */
    static final String JIT = CpuSplit.JIT;

    /**
     * @param phase         which phase
     * @param concurrency   jobs at once
     * @param jobs          jobs measured (ended in the loop's window, or every job of the burst)
     * @param jobsPerSecond throughput
     * @param cpuMsPerJob   processor time of the whole process per measured job
     * @param peakThreads   most live platform threads, the driver's clients excluded
     * @param failures      jobs that failed
     * @param executionsBefore job executions in the repository when the phase began
     * @param cpuMsPerJobByThreads processor time per job of the threads alive at both ends of the
     *                      phase, by thread name without its number; {@code gc} and {@code jit} are
     *                      the collectors' and compilers' time, {@code other} what no live thread accounts for
     *                      (threads that ended, the VM's own)
     * @param middleJobsPerSecond throughput between the 10th and the 90th percentile of the jobs' ends:
     *                      the rate without the burst's start and its tail
     * @param startsSeconds when the last {@code JobOperator.start} of the phase returned, from its beginning
     * @param profile       the phase's flight recording summarised, or null
     */
    record Phase(String phase, int concurrency, long jobs, double jobsPerSecond, double cpuMsPerJob, int peakThreads,
            int failures, long executionsBefore, Map<String, Double> cpuMsPerJobByThreads, double middleJobsPerSecond,
            double startsSeconds, Profile.Result profile) {
    }

    /** The phases in order and the database checked after the last. */
    record Result(List<Phase> phases, Consistency consistency) {

        /**
         * The second burst's throughput over the mean of the loops either side of it: the runtime's
         * compilers are still at work during the first phases, so the later ones compare fairer.
         */
        double burstOverLoop() {
            double loops = (phases.get(2).jobsPerSecond() + phases.get(4).jobsPerSecond()) / 2;
            return phases.get(3).jobsPerSecond() / loops;
        }
    }

    /**
     * @param recordings where each phase's flight recording goes ({@code burst-<phase>.jfr}), or null
     *                   for none
     * @return the phases, and the database checked after the last
     */
    static Result run(TributaryRuntime runtime, TributaryJobs jobs, boolean quick, Path recordings)
            throws Exception {
        Burst b = new Burst(runtime, jobs, Duration.ofSeconds(quick ? 10 : 20), recordings);
        List<Phase> phases = new ArrayList<>();
        phases.add(b.phase("loop before", LOOP));
        phases.add(b.phase("burst", BURST));
        phases.add(b.phase("loop after", LOOP));
        phases.add(b.phase("burst again", BURST));
        phases.add(b.phase("loop last", LOOP));
        Consistency c = Consistency.check(runtime.database().dataSource());
        System.out.println("bench: consistency after the burst " + c);
        Result r = new Result(phases, c);
        System.out.printf(Locale.ROOT, "bench: second burst over the loops either side of it %.2fx%n",
                r.burstOverLoop());
        return r;
    }

    /** The phases of one JDK's run as a Markdown table, for the report. */
    static List<String> markdown(String jdk, Result r) {
        List<String> lines = new ArrayList<>(List.of("## A burst between closed loops on one runtime: " + jdk, "",
                "| phase | jobs at once | executions before | jobs/s | jobs/s, 10th-90th percentile of ends"
                        + " | last start returned (s) | CPU ms per job | batch threads' CPU ms per job"
                        + " | JIT compiling ms per job | peak threads | failures |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (Phase p : r.phases()) {
            Map<String, Double> by = p.cpuMsPerJobByThreads();
            String starts = p.concurrency() == BURST ? String.format(Locale.ROOT, "%.2f", p.startsSeconds()) : "-";
            lines.add(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %s | %.1f | %.1f | %.1f | %d | %d |",
                    p.phase(), p.concurrency(), p.executionsBefore(), p.jobsPerSecond(), p.middleJobsPerSecond(),
                    starts, p.cpuMsPerJob(), by.getOrDefault("tributary-batch", 0.0),
                    by.getOrDefault(JIT, 0.0), p.peakThreads(), p.failures()));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "The second burst over the loops either side of it: %.2fx; the database"
                + " checked after: %s.", r.burstOverLoop(),
                r.consistency().noLostUpdate() ? "nothing lost" : "LOST UPDATES " + r.consistency()));
        lines.add("");
        return lines;
    }

    private Phase phase(String name, int concurrency) throws Exception {
        BenchRun.settle();
        long before = executions();
        Map<String, IntSupplier> gauges = ModelCheck.gauges(runtime);
        Path file = recordings == null ? null : recordings.resolve("burst-" + name.replace(' ', '-') + ".jfr");
        Ends ends = new Ends(jobs);
        AtomicLong lastStart = new AtomicLong();
        jobs.onStarted(t -> lastStart.accumulateAndGet(t, Math::max));
        CpuSplit split = CpuSplit.start();
        long start = System.nanoTime();
        LoadDriver.Result r = recorded(file, () -> concurrency == BURST ? LoadDriver.burst(ends, concurrency, 1, gauges)
                : LoadDriver.run(ends, concurrency, Duration.ofSeconds(3), window, gauges));
        ends.since(start);
        jobs.onStarted(t -> { });
        // the loop's jobs ended in its window, but the split spans its warm-up and drain too
        long jobsSplit = concurrency == BURST ? r.jobs() : executions() - before;
        Phase p = new Phase(name, concurrency, r.jobs(), r.jobsPerSecond(),
                r.peaks().cpuSeconds() * 1000 / Math.max(1, r.jobs()), r.peaks().peakThreads(), r.failures(), before,
                split.stop(jobsSplit), ends.middleRate(), (lastStart.get() - start) / 1e9,
                file == null ? null : Profile.summarise(jobs.name(), concurrency, file));
        print(p, ends);
        return p;
    }

    private static void print(Phase p, Ends ends) {
        System.out.printf(Locale.ROOT, "bench: burst phase %-12s c=%-5d %7.1f jobs/s %6.1f ms CPU per job threads %5d"
                + " failures %d executions before %d%n", p.phase(), p.concurrency(), p.jobsPerSecond(),
                p.cpuMsPerJob(), p.peakThreads(), p.failures(), p.executionsBefore());
        System.out.printf(Locale.ROOT, "bench: burst phase %s %s, last start returned %.2f s%n", p.phase(),
                ends.describe(), p.startsSeconds());
        System.out.println("bench: burst phase " + p.phase() + " CPU ms per job by threads "
                + p.cpuMsPerJobByThreads().entrySet().stream()
                        .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.2f", e.getValue()))
                        .collect(Collectors.joining(" ")));
    }

    /** Runs {@code load}, in a flight recording to {@code file} unless that is null. */
    private static LoadDriver.Result recorded(Path file, Callable<LoadDriver.Result> load) throws Exception {
        if (file == null) {
            return load.call(); // no recording at all: creating one starts the flight recorder
        }
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.enable("jdk.Compilation").withThreshold(Duration.ZERO); // what keeps the compilers busy
            recording.enable("jdk.Deoptimization");
            recording.start();
            LoadDriver.Result r = load.call();
            recording.stop();
            recording.dump(file);
            return r;
        }
    }

    private long executions() throws SQLException {
        try (Connection c = runtime.database().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from JOB_EXECUTION")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The variant, noting when each of its jobs ended. */
    private static final class Ends implements Variant {
        private final Variant variant;
        private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        private long[] sorted = new long[0];

        Ends(Variant variant) {
            this.variant = variant;
        }

        @Override
        public String name() {
            return variant.name();
        }

        @Override
        public void runJob(int slot) throws Exception {
            variant.runJob(slot);
            nanos.add(System.nanoTime());
        }

        /** Fixes the ends measured from {@code start}. */
        void since(long start) {
            sorted = nanos.stream().mapToLong(n -> n - start).sorted().toArray();
        }

        double middleRate() {
            if (sorted.length < 10) {
                return 0;
            }
            int from = sorted.length / 10;
            int to = sorted.length * 9 / 10;
            return (to - from) / ((sorted[to] - sorted[from]) / 1e9);
        }

        String describe() {
            if (sorted.length < 10) {
                return "too few jobs";
            }
            return String.format(Locale.ROOT, "first end %.2f s, 10%% %.2f s, 90%% %.2f s, last %.2f s,"
                    + " middle %.1f jobs/s", sorted[0] / 1e9, sorted[sorted.length / 10] / 1e9,
                    sorted[sorted.length * 9 / 10] / 1e9, sorted[sorted.length - 1] / 1e9, middleRate());
        }
    }
}
