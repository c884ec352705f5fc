package io.tributary.it.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process's processor time over a measurement, split by who spent it: live threads grouped by
 * their name without its number ({@code tributary-batch-12} counts as {@code tributary-batch}), the
 * garbage collectors, the JIT compilers, and the rest (threads that ended meanwhile, the VM's own).
 */
final class CpuSplit {

    /** The compilers' time, under this name. */
    static final String JIT = "jit (compile time)";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startByThread = new HashMap<>();
    private final long processStart = ResourceSampler.processCpuNanos();
    private final long gcStart = gcMillis();
    private final long jitStart = jitMillis();

    private CpuSplit() {
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t >= 0) {
                startByThread.put(id, t);
            }
        }
    }

    static CpuSplit start() {
        return new CpuSplit();
    }

    /** Milliseconds per job of each group, largest first, for {@code jobs} jobs. */
    Map<String, Double> stop(long jobs) {
        Map<String, Long> nanos = new HashMap<>();
        long accounted = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long t = threads.getThreadCpuTime(info.getThreadId());
            if (t < 0) {
                continue;
            }
            long spent = t - startByThread.getOrDefault(info.getThreadId(), 0L);
            nanos.merge(info.getThreadName().replaceAll("[-#]?\\d+$", ""), spent, Long::sum);
            accounted += spent;
        }
        long process = ResourceSampler.processCpuNanos() - processStart;
        nanos.put("gc (pause time)", (gcMillis() - gcStart) * 1_000_000);
        nanos.put(JIT, (jitMillis() - jitStart) * 1_000_000);
        nanos.put("other", process - accounted);
        nanos.put("process", process);
        Map<String, Double> perJob = new LinkedHashMap<>();
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() / 1e6 / Math.max(1, jobs) >= 0.05)
                .forEach(e -> perJob.put(e.getKey(), e.getValue() / 1e6 / Math.max(1, jobs)));
        return perJob;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
