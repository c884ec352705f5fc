package io.tributary.it.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's report in Markdown: one table per question, every JDK side by side, then the targets. */
final class BenchMarkdown {

    static final double TARGET_OVERHEAD_MS = 5;
    static final double TARGET_JOBS_PER_SECOND = 2000;

    private final StringBuilder md = new StringBuilder();

    private BenchMarkdown() {
    }

    static String render(List<BenchRun.Results> runs, String command, String machine) {
        BenchMarkdown r = new BenchMarkdown();
        r.header(runs, command, machine);
        r.latency(runs);
        r.throughput(runs);
        r.consistency(runs);
        r.model(runs);
        r.tesla(runs);
        r.targets(runs);
        return r.md.toString();
    }

    private void header(List<BenchRun.Results> runs, String command, String machine) {
        line("# Tributary benchmark");
        line("");
        line("Machine: " + machine + ". Command: `" + command + "`.");
        for (BenchRun.Results r : runs) {
            BenchRun.Environment e = r.environment();
            line("- " + jdk(r) + ": " + e.vm() + ", max heap " + e.maxHeapMb() + " MB, started " + e.startedAt()
                    + ", load average before " + e.loadBefore() + ", after " + e.loadAfter());
        }
        line("");
        line("A shared machine: other processes ran at the same time, so figures are noisy. Latencies are"
                + " medians and 99th percentiles over many jobs; single-job variants take turns round by round so"
                + " that load changes fall on all alike. Tributary runs `it-five` (intake, five agent flows of"
                + " two steps each, policy decision, final step) through `JobOperator` on a warm runtime with the"
                + " JDBC job repository and result store on an H2 file, `agents.concurrency=100000` (the bulkhead"
                + " off, as the baselines have none) and the other settings as shipped. Every variant calls the same"
                + " agent (`ScriptedAgent`, sleeping its latency) on the same executor kind. JBeret alone runs the"
                + " same job shape (`it-five-bare`) on the same runtime's JBeret, thread pool and JDBC job"
                + " repository, calling the agent on the batch thread and storing nothing else: the floor that"
                + " the batch runtime itself sets, under which no JBeret-based design can go.");
        line("");
    }

    private void latency(List<BenchRun.Results> runs) {
        for (BenchRun.Results run : runs) {
            for (LatencyComparison.Result r : run.latency()) {
                line("## One job at a time: " + r.shape() + " (" + jdk(run) + ", " + r.rounds() + " jobs each)");
                line("");
                line("| variant | median ms | p99 ms | over ideal, median | ratio to ideal | speedup over sequential |");
                line("|---|---:|---:|---:|---:|---:|");
                Stats ideal = r.of("ideal (allOf)");
                Stats seq = r.of("sequential");
                for (var e : r.variants().entrySet()) {
                    Stats s = e.getValue();
                    line("| " + e.getKey() + " | " + f1(s.p50Ms()) + " | " + f1(s.p99Ms()) + " | "
                            + signed(s.p50Ms() - ideal.p50Ms()) + " ms | " + f2(s.p50Ms() / ideal.p50Ms()) + " | "
                            + f2(seq.p50Ms() / s.p50Ms()) + "x |");
                }
                line("");
            }
        }
    }

    private void throughput(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.throughput().isEmpty())) {
            return;
        }
        line("## Throughput: five 20 ms agents, closed loop of N concurrent jobs");
        line("");
        line("Peak threads are live platform threads (virtual threads are not counted), the load driver's own"
                + " client threads excluded; peak heap is sampled every 5 ms, garbage included; live heap is"
                + " the most heap still in use right after a collection.");
        line("");
        line("| JDK, agent threads | concurrent jobs | variant | jobs/s | p50 ms | p99 ms | peak threads |"
                + " peak heap MB | live heap MB | failures |");
        line("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        for (BenchRun.Results run : runs) {
            List<LoadDriver.Result> rows = new ArrayList<>(run.throughput());
            if (run.bounded() != null) {
                rows.add(run.bounded().result());
            }
            for (LoadDriver.Result r : rows) {
                line("| " + jdk(run) + " | " + r.concurrency() + " | " + r.variant() + " | " + f0(r.jobs() / r.seconds())
                        + " | " + f1(r.latency().p50Ms()) + " | " + f1(r.latency().p99Ms()) + " | "
                        + r.peaks().peakThreads() + " | " + f0(r.peaks().peakHeapMb()) + " | "
                        + (r.peaks().peakLiveHeapMb() < 0 ? "no GC" : f0(r.peaks().peakLiveHeapMb())) + " | " + r.failures()
                        + (r.firstError() == null ? "" : " (" + r.firstError() + ")") + " |");
            }
        }
        line("");
        line("The largest level is a burst: every client starts at the same instant and runs a fixed number of"
                + " jobs (JBeret alone and Tributary 1, the others 20); jobs/s is all jobs over the time until the last ended.");
        line("");
    }

    private void consistency(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.consistency() == null)) {
            return;
        }
        line("## Nothing lost: the database after all the loads above");
        line("");
        line("Jobs cycle through " + FiveAgents.TARGETS + " targets, so at 1,000 concurrent jobs every agent of"
                + " 100 of them updates the same risk-register row under its row lock; each run's cost ledger takes"
                + " the updates of its five agents at once.");
        line("");
        line("| JDK | job executions | not completed | findings stored | findings in risk registers |"
                + " register mismatches | ledger mismatches | lost updates |");
        line("|---|---:|---:|---:|---:|---:|---:|---|");
        for (BenchRun.Results run : runs) {
            consistencyRow(jdk(run), run.consistency());
            if (run.bounded() != null) {
                consistencyRow(jdk(run) + ", bounded batch pool", run.bounded().consistency());
            }
        }
        line("");
    }

    private void consistencyRow(String label, Consistency c) {
        if (c != null) {
            line("| " + label + " | " + c.executions() + " | " + c.notCompleted() + " | " + c.findingsStored()
                    + " | " + c.findingsInRegisters() + " | " + c.registerMismatches() + " | " + c.ledgerMismatches()
                    + " | " + (c.noLostUpdate() ? "none" : "**YES**") + " |");
        }
    }

    private void model(List<BenchRun.Results> runs) {
        for (BenchRun.Results run : runs) {
            ModelCheck.Result m = run.model();
            if (m == null) {
                continue;
            }
            line("## Capacity model against the runtime (" + jdk(run) + ")");
            line("");
            StringBuilder cal = new StringBuilder("The runtime's own cost, measured first on other loads (the overhead"
                    + " at one job at a time, CPU and database time per task with 200 clients running jobs of five 20 ms"
                    + " agents go into the model): ");
            m.calibration().forEach((k, v) -> cal.append(k).append(" ").append(f2(v)).append("; "));
            line(cal.toString().replaceAll("; $", "."));
            line("");
            for (ModelCheck.Scenario s : m.scenarios()) {
                line("**" + s.scenario() + "**. Binding limit according to the model: " + s.bottleneck() + ". "
                        + s.failures() + " failures; load average afterwards " + s.load() + ".");
                line("");
                line("| quantity | predicted | measured | error |");
                line("|---|---:|---:|---:|");
                for (ModelCheck.Row row : s.rows()) {
                    line("| " + row.quantity() + " | " + f2(row.predicted()) + " | " + f2(row.measured()) + " | "
                            + signed(row.errorPercent()) + " % |");
                }
                line("");
            }
        }
    }

    private void tesla(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.tesla() == null)) {
            return;
        }
        line("## Real agents on the Tesla dossier");
        line("");
        line("| JDK | due-diligence job, median ms | its agent phase, median ms | five agents one after another,"
                + " median ms | speedup of the agent phase | agents alone, median ms |");
        line("|---|---:|---:|---:|---:|---|");
        for (BenchRun.Results run : runs) {
            TeslaComparison.Result t = run.tesla();
            if (t != null) {
                StringBuilder per = new StringBuilder();
                t.perAgentMs().forEach((k, v) -> per.append(k).append(" ").append(f0(v)).append(", "));
                line("| " + jdk(run) + " | " + f0(t.jobWall().p50Ms()) + " | " + f0(t.jobAgents().p50Ms()) + " | "
                        + f0(t.sequential().p50Ms()) + " | " + f2(t.sequential().p50Ms() / t.jobAgents().p50Ms()) + "x | "
                        + per.toString().replaceAll(", $", "") + " |");
            }
        }
        line("");
    }

    private void targets(List<BenchRun.Results> runs) {
        line("## Targets");
        line("");
        for (BenchRun.Results run : runs) {
            Optional<LatencyComparison.Result> fast = run.latency().stream().filter(r -> r.shape().equals("5 x 20 ms"))
                    .findFirst();
            fast.ifPresent(r -> {
                double over = r.of("Tributary").p50Ms() - r.of("ideal (allOf)").p50Ms();
                line("- " + jdk(run) + ": at most " + f0(TARGET_OVERHEAD_MS) + " ms per job over the ideal with five"
                        + " 20 ms agents: " + f1(over) + " ms, " + verdict(over <= TARGET_OVERHEAD_MS)
                        + Optional.ofNullable(r.of(TributaryJobs.BARE)).map(b -> " (JBeret alone: "
                                + f1(b.p50Ms() - r.of("ideal (allOf)").p50Ms()) + " ms)").orElse(""));
            });
            run.throughput().stream().filter(r -> r.concurrency() == 100 && r.variant().equals("Tributary")).findFirst()
                    .ifPresent(r -> line("- " + jdk(run) + ": at least " + f0(TARGET_JOBS_PER_SECOND) + " jobs/s with"
                            + " 100 jobs at once: " + f0(r.jobs() / r.seconds()) + " jobs/s, "
                            + verdict(r.jobs() / r.seconds() >= TARGET_JOBS_PER_SECOND)
                            + run.throughput().stream().filter(b -> b.concurrency() == 100
                                    && b.variant().equals(TributaryJobs.BARE)).findFirst()
                                    .map(b -> " (JBeret alone: " + f0(b.jobs() / b.seconds()) + " jobs/s)").orElse("")));
            run.throughput().stream().filter(r -> r.concurrency() == 1000 && r.variant().equals("Tributary")).findFirst()
                    .ifPresent(r -> line("- " + jdk(run) + ": 1,000 concurrent jobs with no failure and no lost update: "
                            + r.failures() + " failures, " + (run.consistency() != null && run.consistency().noLostUpdate()
                                    ? "no lost update" : "updates LOST") + ", "
                            + verdict(r.failures() == 0 && run.consistency() != null
                                    && run.consistency().noLostUpdate())));
        }
        line("");
    }

    private static String jdk(BenchRun.Results r) {
        String v = r.environment().java();
        String feature = v.replaceAll("^.* (\\d+)[.+].*$", "$1");
        return "Java " + feature + " (" + r.environment().threads() + ")";
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**not met**";
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+,.1f", v);
    }
}
