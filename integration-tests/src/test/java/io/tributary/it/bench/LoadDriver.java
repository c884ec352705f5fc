package io.tributary.it.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * A closed loop: {@code concurrency} client threads each start a job as soon as their previous one
 * ended. In a {@linkplain #run timed run}, jobs that end during the measuring window count for
 * throughput and give the latencies, after a warm-up window that counts for nothing (make it
 * longer than a job takes, so that the window sees the steady state). In a {@linkplain #burst burst}, every client runs a fixed number of jobs
 * from the same instant; throughput is all the jobs over the time until the last one ended.
 */
final class LoadDriver {

    /**
     * @param variant     what ran
     * @param concurrency clients
     * @param jobs        jobs that ended inside the window
     * @param seconds     length of the window
     * @param latency     latencies of the jobs that ended inside the window
     * @param failures    jobs that failed, warm-up and drain included
     * @param firstError  the first failure, if any
     * @param peaks       threads, heap and processor during the window; threads exclude the
     *                    driver's own clients
     */
    record Result(String variant, int concurrency, long jobs, double seconds, Stats latency, int failures,
            String firstError, ResourceSampler.Peaks peaks) {

        double jobsPerSecond() {
            return jobs / seconds;
        }
    }

    private LoadDriver() {
    }

    static Result run(Variant variant, int concurrency, Duration warmup, Duration window) throws InterruptedException {
        return run(variant, concurrency, warmup, window, Map.of());
    }

    static Result run(Variant variant, int concurrency, Duration warmup, Duration window,
            Map<String, IntSupplier> gauges) throws InterruptedException {
        long start = System.nanoTime();
        long windowStart = start + warmup.toNanos();
        long windowEnd = windowStart + window.toNanos();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        List<Thread> clients = new ArrayList<>();
        for (int slot = 0; slot < concurrency; slot++) {
            int s = slot;
            Thread t = new Thread(() -> {
                try {
                    loop(variant, s, windowStart, windowEnd, latencies, ended, failures, firstError);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + slot);
            t.setDaemon(true);
            clients.add(t);
        }
        clients.forEach(Thread::start);
        sleepUntil(windowStart);
        ResourceSampler sampler = ResourceSampler.start(gauges);
        sleepUntil(windowEnd);
        ResourceSampler.Peaks peaks = sampler.stop().withoutThreads(concurrency);
        done.await();
        long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Result(variant.name(), concurrency, ended.get(), window.toNanos() / 1e9, Stats.ofNanos(nanos),
                failures.get(), firstError.get(), peaks);
    }

    /** Every client starts at once and runs {@code jobsPerClient} jobs back to back. */
    static Result burst(Variant variant, int clients, int jobsPerClient, Map<String, IntSupplier> gauges)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        for (int slot = 0; slot < clients; slot++) {
            int s = slot;
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    for (int i = 0; i < jobsPerClient; i++) {
                        timed(variant, s, latencies, failures, firstError);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + slot);
            t.setDaemon(true);
            t.start();
        }
        ready.await();
        ResourceSampler sampler = ResourceSampler.start(gauges);
        long start = System.nanoTime();
        go.countDown();
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        ResourceSampler.Peaks peaks = sampler.stop().withoutThreads(clients);
        long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Result(variant.name(), clients, nanos.length, seconds, Stats.ofNanos(nanos), failures.get(),
                firstError.get(), peaks);
    }

    private static void timed(Variant variant, int slot, ConcurrentLinkedQueue<Long> latencies, AtomicInteger failures,
            AtomicReference<String> firstError) {
        long t0 = System.nanoTime();
        try {
            variant.runJob(slot);
            latencies.add(System.nanoTime() - t0);
        } catch (Exception | AssertionError e) {
            failures.incrementAndGet();
            firstError.compareAndSet(null, e.toString());
        }
    }

    private static void loop(Variant variant, int slot, long windowStart, long windowEnd,
            ConcurrentLinkedQueue<Long> latencies, AtomicInteger ended, AtomicInteger failures,
            AtomicReference<String> firstError) {
        while (System.nanoTime() < windowEnd) {
            long t0 = System.nanoTime();
            try {
                variant.runJob(slot);
            } catch (Exception | AssertionError e) {
                failures.incrementAndGet();
                firstError.compareAndSet(null, e.toString());
                continue;
            }
            long t1 = System.nanoTime();
            if (t1 >= windowStart && t1 < windowEnd) {
                ended.incrementAndGet();
                latencies.add(t1 - t0);
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }
}
