package io.tributary.jobs.launcher;

import io.tributary.jobs.capacity.CapacityInputs;
import io.tributary.jobs.capacity.CapacityPlan;
import io.tributary.jobs.capacity.Limit;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a capacity plan for people: the workload, what it needs, the limits in the order they run out, the assumptions. */
final class PlanReport {

    private PlanReport() {
    }

    static void print(CapacityInputs in, CapacityPlan plan, Long users, double perUserPerHour, PrintWriter out) {
        out.println("Capacity plan (arithmetic only: nothing was started)");
        out.println();
        out.println("Workload");
        row(out, "queries per second", f2(plan.queriesPerSecond()) + (users == null ? ""
                : " (" + f0(users) + " users x " + f2(perUserPerHour) + " queries per user per hour)"));
        row(out, "agent calls per query", in.tasksPerQuery() + " in parallel; call latency p50 "
                + f0(in.latency().p50().toMillis()) + " ms, p99 " + f0(in.latency().p99().toMillis()) + " ms");
        row(out, "tokens per call", f0(in.inputTokensPerTask()) + " in / " + f0(in.outputTokensPerTask()) + " out");
        out.println();
        out.println("Needs");
        row(out, "agent calls per second", f1(plan.agentCallsPerSecond()));
        row(out, "agent calls in flight", f1(plan.agentCallsInFlight()) + " (Little's law: calls per second x mean"
                + " call latency " + f0(in.latency().meanSeconds() * 1000) + " ms)");
        row(out, "query latency", "p50 " + f0(plan.queryLatencySeconds() * 1000) + " ms, p99 "
                + f0(plan.queryLatencyP99Seconds() * 1000) + " ms (slowest of " + in.tasksPerQuery() + " calls + "
                + in.runtimeCost().overheadPerQuery().toMillis() + " ms runtime overhead)");
        row(out, "queries in flight", f1(plan.queriesInFlight()));
        row(out, "tokens per minute", f0(plan.tokensPerMinute()));
        row(out, "cost", "$" + f4(plan.costPerQueryUsd()) + " per query, $" + f2(plan.costPerHourUsd()) + " per hour");
        row(out, "batch threads", f0(plan.batchThreads()) + perJvm(plan, plan.batchThreads()) + " (a job holds 1 + "
                + in.tasksPerQuery() + " while its agents run)");
        row(out, "platform threads", f0(plan.platformThreads()) + perJvm(plan, plan.platformThreads())
                + (in.virtualAgentThreads() ? " (agent calls on virtual threads)"
                        : " (batch threads + one per agent call in flight)"));
        row(out, "database connections busy", f1(plan.dbConnectionsBusy()) + perJvm(plan, plan.dbConnectionsBusy()));
        row(out, "processor cores busy", f1(plan.cpuCoresBusy()) + perJvm(plan, plan.cpuCoresBusy())
                + " (the runtime's own work)");
        out.println();
        limits(in, plan, out);
        out.println();
        out.println("Assumptions");
        plan.assumptions().forEach(a -> out.println("  - " + a));
    }

    private static void limits(CapacityInputs in, CapacityPlan plan, PrintWriter out) {
        out.println("Limits, first to run out first, at " + plan.jvms() + " JVM" + (plan.jvms() == 1 ? "" : "s"));
        out.printf(Locale.ROOT, "  %-33s %-8s %14s %14s %7s %14s %10s%n", "resource", "scope", "demand", "capacity",
                "use", "max queries/s", "JVMs alone");
        for (Limit l : plan.limits()) {
            out.printf(Locale.ROOT, "  %-33s %-8s %14s %14s %6.0f%% %14s %10s%n", l.resource(),
                    l.scope() == Limit.Scope.JVM ? "per JVM" : "account", f1(l.demand()), f1(l.capacity()),
                    l.utilisation() * 100, f2(l.maxQueriesPerSecond()),
                    l.scope() == Limit.Scope.JVM ? Integer.toString(l.jvmsNeeded()) : "-");
        }
        out.println();
        if (plan.jvmsGiven()) {
            out.println("JVMs: " + plan.jvms() + " (given)");
        } else {
            String by = plan.limits().stream().filter(l -> l.scope() == Limit.Scope.JVM && l.jvmsNeeded() == plan.jvms())
                    .map(Limit::resource).findFirst().orElse("one is enough");
            out.println("JVMs needed: " + plan.jvms() + " (set by " + by + ", at " + f0(in.targetUtilisation() * 100)
                    + " % target utilisation)");
        }
        plan.firstToSaturate().ifPresent(l -> out.println("First to saturate: " + l.resource() + ", at "
                + f2(l.maxQueriesPerSecond()) + " queries/s" + (l.scope() == Limit.Scope.GLOBAL
                        ? " (an account limit: more JVMs do not help; raise the limit, cut tokens or calls)" : "")));
        for (Limit l : plan.exceeded()) {
            out.println("OVER CAPACITY: " + l.resource() + " needs " + f1(l.demand()) + " " + l.unit() + ", has "
                    + f1(l.capacity()));
        }
    }

    private static String perJvm(CapacityPlan plan, double total) {
        return plan.jvms() == 1 ? "" : ", " + f1(total / plan.jvms()) + " per JVM";
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "  %-27s %s%n", label, value);
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

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%,.4f", v);
    }
}
