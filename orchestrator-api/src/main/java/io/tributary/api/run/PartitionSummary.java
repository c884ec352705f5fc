package io.tributary.api.run;

/**
 * One partition of a partitioned agent step: its share of the agent's work items and how it went.
 *
 * @param agent      the role
 * @param approach   the implementation the partition ran
 * @param partition  0-based partition number, stable across restarts
 * @param items      work items planned for the partition
 * @param settled    items delivered or without evidence
 * @param failed     items that failed, timed out, were cancelled or over budget
 * @param partitions partitions of the step in all
 * @param threads    partitions the step ran at once (its concurrency bound)
 */
public record PartitionSummary(String agent, String approach, int partition, int items, int settled, int failed,
        int partitions, int threads) {

    /** True when every planned item of the partition settled. */
    public boolean complete() {
        return settled == items;
    }
}
