package io.tributary.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jberet.spi.JobTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The batch pool with tasks shaped as JBeret's: a job task needing two spare permits, a split that
 * hands its flows over and waits for all of them, leaves that do some work.
 */
class TributaryBatchEnvironmentTest {

    private static final long DEADLOCK_SECONDS = 20;

    private TributaryBatchEnvironment env;
    private final Set<String> ran = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threadsSeen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger stuck = new AtomicInteger();

    @AfterEach
    void stop() {
        if (env != null) {
            env.executorService().shutdownNow();
        }
    }

    @Test
    void splitInAFlowOfASplit_onTheSmallestPool_runsEveryFlowWithoutDeadlock() throws Exception {
        // given the smallest bounded pool and a job: split(flow a: split(a1, a2), flow b)
        env = new TributaryBatchEnvironment(null, null, TributaryBatchEnvironment.MIN_THREADS);
        CountDownLatch done = new CountDownLatch(1);

        // when it runs
        env.submitTask(job(done, split(split(leaf("a1"), leaf("a2")), leaf("b"))));

        // then every flow ran, on no more threads than the bound
        assertThat(done.await(DEADLOCK_SECONDS, TimeUnit.SECONDS)).as("job finished").isTrue();
        assertThat(stuck).hasValue(0);
        assertThat(ran).containsExactlyInAnyOrder("a1", "a2", "b");
        assertThat(threadsSeen).hasSizeLessThanOrEqualTo(TributaryBatchEnvironment.MIN_THREADS);
        assertThat(env.lentTasks()).isZero();
    }

    @Test
    void manyJobsOfThreeNestedLevels_atOnce_allFinishOnABoundOfThree() throws Exception {
        // given a pool of 3 and ten jobs: split(flow: split(flow: split(x, y), z), w) each
        env = new TributaryBatchEnvironment(null, null, 3);
        CountDownLatch done = new CountDownLatch(10);

        // when they are all submitted at once
        for (int i = 0; i < 10; i++) {
            String n = "job" + i + ".";
            env.submitTask(job(done, split(split(split(leaf(n + "x"), leaf(n + "y")), leaf(n + "z")), leaf(n + "w"))));
        }

        // then every job finishes, jobs beyond the bound having waited for a thread
        assertThat(done.await(DEADLOCK_SECONDS, TimeUnit.SECONDS)).as("all jobs finished").isTrue();
        assertThat(stuck).hasValue(0);
        assertThat(ran).hasSize(40);
        assertThat(threadsSeen).hasSizeLessThanOrEqualTo(3);
        assertThat(env.queuedTasks()).isZero();
    }

    @Test
    void splitOfFiveFlows_onAWidePool_runsTheFlowsOnThreadsOfTheirOwn() throws Exception {
        // given a pool wide enough for a job and its five flows
        env = new TributaryBatchEnvironment(null, null, 8);
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch allStarted = new CountDownLatch(5);

        // when a job of five flows that each wait for all five to have started runs
        Runnable[] flows = new Runnable[5];
        for (int i = 0; i < 5; i++) {
            flows[i] = meet("f" + i, allStarted);
        }
        env.submitTask(job(done, split(flows)));

        // then the five ran at the same time: no flow was lent to the job's thread
        assertThat(done.await(DEADLOCK_SECONDS, TimeUnit.SECONDS)).as("job finished").isTrue();
        assertThat(stuck).hasValue(0);
        assertThat(ran).hasSize(5);
        assertThat(threadsSeen).hasSize(6);
    }

    @Test
    void unboundedPool_runsNestedSplits() throws Exception {
        env = new TributaryBatchEnvironment(null, null, 0);
        CountDownLatch done = new CountDownLatch(1);

        env.submitTask(job(done, split(split(leaf("a1"), leaf("a2")), leaf("b"))));

        assertThat(done.await(DEADLOCK_SECONDS, TimeUnit.SECONDS)).as("job finished").isTrue();
        assertThat(ran).containsExactlyInAnyOrder("a1", "a2", "b");
    }

    @Test
    void admissionLimit_runsThatManyJobsAtOnce_eachWithItsFlowsInParallel() throws Exception {
        // given an unbounded pool admitting two jobs at once, and six jobs whose three flows each
        // wait until all three of their job have started
        env = new TributaryBatchEnvironment(null, null, 0, 2);
        CountDownLatch done = new CountDownLatch(6);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        Set<String> admitted = ConcurrentHashMap.newKeySet();

        // when they are all started at once
        for (int i = 0; i < 6; i++) {
            String n = "job" + i;
            CountDownLatch flowsStarted = new CountDownLatch(3);
            env.submitTask(job(done, () -> {
                admitted.add(n);
                mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    split(meet(n + ".a", flowsStarted), meet(n + ".b", flowsStarted), meet(n + ".c", flowsStarted))
                            .run();
                } finally {
                    running.decrementAndGet();
                }
            }));
        }

        // then at most two ran at a time, and every flow of each ran beside its
        // siblings (none was lent to its job's thread, or the meeting would have timed out)
        assertThat(done.await(DEADLOCK_SECONDS, TimeUnit.SECONDS)).as("all jobs finished").isTrue();
        assertThat(stuck).hasValue(0);
        assertThat(mostRunning).hasValueLessThanOrEqualTo(2);
        assertThat(ran).hasSize(18);
        assertThat(admitted).containsExactlyInAnyOrder("job0", "job1", "job2", "job3", "job4", "job5");
        assertThat(env.lentTasks()).isZero();
        assertThat(env.queuedTasks()).isZero();
        // a job's last line runs before the pool takes back its admission
        assertThat(eventually(env::admittedJobs, 0)).as("jobs still admitted").isZero();
    }

    @Test
    void admissionLimit_onTheSmallestPool_stillRunsNestedSplitsWithoutDeadlock() throws Exception {
        // given the smallest bounded pool admitting one job at a time, and four nested-split jobs
        env = new TributaryBatchEnvironment(null, null, TributaryBatchEnvironment.MIN_THREADS, 1);
        CountDownLatch done = new CountDownLatch(4);

        // when they are all started at once
        for (int i = 0; i < 4; i++) {
            String n = "job" + i + ".";
            env.submitTask(job(done, split(split(leaf(n + "a1"), leaf(n + "a2")), leaf(n + "b"))));
        }

        // then every job finished on no more threads than the bound
        assertThat(done.await(DEADLOCK_SECONDS, TimeUnit.SECONDS)).as("all jobs finished").isTrue();
        assertThat(stuck).hasValue(0);
        assertThat(ran).hasSize(12);
        assertThat(threadsSeen).hasSizeLessThanOrEqualTo(TributaryBatchEnvironment.MIN_THREADS);
        assertThat(eventually(env::queuedTasks, 0)).as("tasks still queued").isZero();
    }

    @Test
    void admissionOfOne_runsTheJobsOneAfterAnotherInTheOrderStarted() throws Exception {
        // given an unbounded pool admitting one job at a time (a bounded pool's own two-free-threads rule,
        // which JBeret applies before the pool sees a job, may reorder jobs it held back)
        env = new TributaryBatchEnvironment(null, null, 0, 1);
        CountDownLatch done = new CountDownLatch(6);
        List<String> order = Collections.synchronizedList(new ArrayList<>());

        // when six jobs of a split are started at once
        for (int i = 0; i < 6; i++) {
            String n = "job" + i;
            Runnable body = split(leaf(n + ".a"), leaf(n + ".b"));
            env.submitTask(job(done, () -> {
                order.add(n);
                body.run();
            }));
        }

        // then they ran in the order started
        assertThat(done.await(DEADLOCK_SECONDS, TimeUnit.SECONDS)).as("all jobs finished").isTrue();
        assertThat(order).containsExactly("job0", "job1", "job2", "job3", "job4", "job5");
        assertThat(ran).hasSize(12);
    }

    @Test
    void negativeAdmissionLimit_isRejectedWithTheSettingNamed() {
        assertThatThrownBy(() -> new TributaryBatchEnvironment(null, null, 0, -1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("batch.jobs.max")
                .hasMessageContaining("was -1");
    }

    @Test
    void boundOfOne_isRejectedWithTheSettingNamed() {
        assertThatThrownBy(() -> new TributaryBatchEnvironment(null, null, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("batch.threads.max")
                .hasMessageContaining("was 1");
    }

    /** A job: needs two spare permits to start, as JBeret's job runner does. */
    private JobTask job(CountDownLatch done, Runnable body) {
        return task(2, () -> {
            try {
                body.run();
            } finally {
                done.countDown();
            }
        });
    }

    /** A split as JBeret runs one: hands every flow over, then waits for all of them. */
    private Runnable split(Runnable... flows) {
        return () -> {
            threadsSeen.add(Thread.currentThread());
            CountDownLatch latch = new CountDownLatch(flows.length);
            for (Runnable flow : List.of(flows)) {
                env.submitTask(task(0, () -> {
                    try {
                        flow.run();
                    } finally {
                        latch.countDown();
                    }
                }));
            }
            await(latch);
        };
    }

    private Runnable leaf(String name) {
        return () -> {
            threadsSeen.add(Thread.currentThread());
            sleep(5);
            ran.add(name);
        };
    }

    /** A flow that finishes only once {@code all} flows like it have started. */
    private Runnable meet(String name, CountDownLatch all) {
        return () -> {
            threadsSeen.add(Thread.currentThread());
            all.countDown();
            await(all);
            ran.add(name);
        };
    }

    /** {@code value} once it equals {@code expected}, or as it stands when {@value #DEADLOCK_SECONDS} s have passed. */
    private static int eventually(java.util.function.IntSupplier value, int expected) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLOCK_SECONDS);
        while (value.getAsInt() != expected && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        return value.getAsInt();
    }

    private void await(CountDownLatch latch) {
        try {
            if (!latch.await(DEADLOCK_SECONDS, TimeUnit.SECONDS)) {
                stuck.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JobTask task(int permits, Runnable body) {
        return new JobTask() {
            @Override
            public int getRequiredRemainingPermits() {
                return permits;
            }

            @Override
            public void run() {
                body.run();
            }
        };
    }
}
