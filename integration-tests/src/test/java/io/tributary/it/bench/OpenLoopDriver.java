package io.tributary.it.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * An open loop: jobs arrive at a fixed rate whatever happens to earlier ones, as users' queries
 * do, each waited for on a thread of its own. After a ramp-up long enough for the first jobs to
 * end, the measuring window records the jobs that ended in it, their latencies and, through a
 * gauge, how many were in flight.
 */
final class OpenLoopDriver {

    private OpenLoopDriver() {
    }

    static LoadDriver.Result run(Variant variant, double jobsPerSecond, Duration rampUp, Duration window,
            Map<String, IntSupplier> gauges) throws InterruptedException {
        ExecutorService clients = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-arrival");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, IntSupplier> all = new LinkedHashMap<>(gauges);
        all.put("jobs", inFlight::get);
        long start = System.nanoTime();
        long windowStart = start + rampUp.toNanos();
        long windowEnd = windowStart + window.toNanos();
        long interval = Math.round(1e9 / jobsPerSecond);
        ResourceSampler sampler = null;
        int peakClients = 0;
        for (long n = 0, at = start; at < windowEnd; n++, at = start + n * interval) {
            sleepUntil(at);
            if (sampler == null && System.nanoTime() >= windowStart) {
                sampler = ResourceSampler.start(all);
            }
            int slot = (int) (n % FiveAgents.TARGETS);
            inFlight.incrementAndGet();
            clients.execute(() -> {
                long t0 = System.nanoTime();
                try {
                    variant.runJob(slot);
                    long t1 = System.nanoTime();
                    if (t1 >= windowStart && t1 < windowEnd) {
                        ended.incrementAndGet();
                        latencies.add(t1 - t0);
                    }
                } catch (Exception | AssertionError e) {
                    failures.incrementAndGet();
                    firstError.compareAndSet(null, e.toString());
                } finally {
                    inFlight.decrementAndGet();
                }
            });
            peakClients = Math.max(peakClients, inFlight.get());
        }
        sleepUntil(windowEnd);
        ResourceSampler.Peaks peaks = sampler.stop().withoutThreads(peakClients);
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.MINUTES);
        long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        return new LoadDriver.Result(variant.name(), (int) Math.round(peaks.gaugeMeans().get("jobs")), ended.get(),
                window.toNanos() / 1e9, Stats.ofNanos(nanos), failures.get(), firstError.get(), peaks);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, 50_000_000));
        }
    }
}
