package io.tributary.it.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the JVM while a measurement runs: the most live platform threads, the most heap in use
 * (sampled, garbage included) and the most heap still in use after a collection (the live set),
 * the process's processor time, and the mean and peak of gauges such as connections in use.
 */
final class ResourceSampler implements AutoCloseable {

    /**
     * @param peakThreads    most live platform threads at once
     * @param peakHeapMb     most heap in use, sampled every few milliseconds
     * @param peakLiveHeapMb most heap in use right after a garbage collection; -1 when none ran
     * @param cpuSeconds     processor time of the whole process
     * @param gaugeMeans     mean of each gauge over the samples
     * @param gaugePeaks     largest sample of each gauge
     */
    record Peaks(int peakThreads, double peakHeapMb, double peakLiveHeapMb, double cpuSeconds,
            Map<String, Double> gaugeMeans, Map<String, Integer> gaugePeaks) {

        Peaks withoutThreads(int clients) {
            return new Peaks(peakThreads - clients, peakHeapMb, peakLiveHeapMb, cpuSeconds, gaugeMeans, gaugePeaks);
        }
    }

    private static final long SAMPLE_MS = 5;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong(-1);
    private final Map<String, IntSupplier> gauges;
    private final Map<String, long[]> gaugeSums = new LinkedHashMap<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener onGc = this::afterGc;
    private final Thread sampler;
    private final long cpuStart;
    private long samples;
    private volatile boolean running = true;

    private ResourceSampler(Map<String, IntSupplier> gauges) {
        this.gauges = gauges;
        gauges.keySet().forEach(k -> gaugeSums.put(k, new long[2]));
        threads.resetPeakThreadCount();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(onGc, null, null);
                emitters.add(emitter);
            }
        }
        cpuStart = processCpuNanos();
        sampler = new Thread(this::sample, "bench-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching, with gauges sampled as often as the heap (name to current value). */
    static ResourceSampler start(Map<String, IntSupplier> gauges) {
        return new ResourceSampler(gauges);
    }

    /** Stops sampling and returns what was seen. */
    Peaks stop() throws InterruptedException {
        running = false;
        sampler.join();
        close();
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        Map<String, Double> means = new LinkedHashMap<>();
        Map<String, Integer> peaks = new LinkedHashMap<>();
        gaugeSums.forEach((k, v) -> {
            means.put(k, samples == 0 ? 0 : (double) v[0] / samples);
            peaks.put(k, (int) v[1]);
        });
        return new Peaks(threads.getPeakThreadCount(), peakHeap.get() / 1048576.0, peakLive.get() < 0 ? -1 : peakLive.get() / 1048576.0, cpu,
                means, peaks);
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(onGc);
            } catch (javax.management.ListenerNotFoundException gone) {
                // removed already by an earlier close
            }
        }
        emitters.clear();
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakHeap.accumulateAndGet(used, Math::max);
            gauges.forEach((k, g) -> {
                long[] v = gaugeSums.get(k);
                int value = g.getAsInt();
                v[0] += value;
                v[1] = Math.max(v[1], value);
            });
            samples++;
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void afterGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> isHeapPool(e.getKey())).map(java.util.Map.Entry::getValue)
                .mapToLong(MemoryUsage::getUsed).sum();
        peakLive.accumulateAndGet(live, Math::max);
    }

    private static boolean isHeapPool(String name) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(name) && p.getType() == java.lang.management.MemoryType.HEAP);
    }

    static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
