package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The share of an agent's work items one partition handles: items {@code from} (inclusive) to
 * {@code to} (exclusive) of the agent's item list, which is the same on every run of the same
 * input. An unpartitioned step handles every item. Counts what the partition settled and failed
 * so far, for the partition collector.
 */
final class PartitionSlice {

    static final String FROM = "partition.from";
    static final String TO = "partition.to";
    static final String INDEX = "partition.index";
    static final String COUNT = "partition.count";
    static final String THREADS = "partition.threads";

    private final int index;
    private final int from;
    private final int to;
    private final int count;
    private final int threads;
    private volatile int size;
    private volatile boolean closed;
    private volatile boolean broken;
    private volatile boolean commitAlone;
    private Instant lastReport;
    final AtomicInteger settled = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();

    /** How often a running partition reports its progress; its end is always reported. */
    static final Duration REPORT_EVERY = Duration.ofSeconds(1);

    private PartitionSlice(int index, int from, int to, int count, int threads) {
        this.index = index;
        this.from = from;
        this.to = to;
        this.count = count;
        this.threads = threads;
    }

    static PartitionSlice of(JobSettings props) {
        // Outside a partition (the mapper, the conclusion) the partitionPlan expressions stay unresolved.
        if (props.find(FROM).filter(v -> !v.startsWith("#{")).isEmpty()) {
            return new PartitionSlice(-1, 0, Integer.MAX_VALUE, 1, 1);
        }
        try {
            return new PartitionSlice(Integer.parseInt(props.get(INDEX, "0")), Integer.parseInt(props.get(FROM, "0")),
                    Integer.parseInt(props.get(TO, "0")), Integer.parseInt(props.get(COUNT, "1")),
                    Integer.parseInt(props.get(THREADS, "1")));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Partition properties must be whole numbers: " + e.getMessage(), e);
        }
    }

    /**
     * Marks the slice's work as ended early by a failure of the runtime around the agent (the
     * store refused a commit): no further item is started, and the items left unsettled make the
     * agent's outcome a failure.
     */
    void breakOff() {
        broken = true;
    }

    /** True once a failure ended the slice's work early. */
    boolean brokenOff() {
        return broken;
    }

    /**
     * Asks for the chunk in hand to be committed once the item in hand is done, whatever the
     * checkpoint window ({@link AgentCheckpoint}): that item spent tokens under a run budget, and
     * the budget check before the next item reads the tokens the store holds.
     */
    void commitAlone() {
        commitAlone = true;
    }

    /** Whether {@link #commitAlone} was asked for since the last call; clears the request. */
    boolean takeCommitAlone() {
        boolean asked = commitAlone;
        commitAlone = false;
        return asked;
    }

    /** Marks the partition's reader closed: the next report is its last. */
    void close() {
        closed = true;
    }

    /**
     * True when the partition's progress should be reported now: at its end, or once
     * {@link #REPORT_EVERY} has passed since the last report. Storing progress after every
     * one-item chunk would cost a store transaction per item.
     */
    synchronized boolean reportDue(Instant now) {
        if (closed || lastReport == null || !now.isBefore(lastReport.plus(REPORT_EVERY))) {
            lastReport = now;
            return true;
        }
        return false;
    }

    boolean partitioned() {
        return index >= 0;
    }

    /** This partition's items of the agent's full item list. */
    List<String> select(List<String> items) {
        int start = Math.min(from, items.size());
        List<String> mine = items.subList(start, Math.max(start, Math.min(to, items.size())));
        size = mine.size();
        return mine;
    }

    /** Items planned for the partition (after {@link #select} has seen the item list). */
    int size() {
        return size;
    }

    int index() {
        return index;
    }

    int count() {
        return count;
    }

    int threads() {
        return threads;
    }
}
