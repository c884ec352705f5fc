package io.tributary.core.batch;

import java.io.Serializable;

/** What a partition reports to its step after each chunk: its share and how far it got. */
record PartitionProgress(String agent, String approach, int partition, int items, int settled, int failed,
        int partitions, int threads) implements Serializable {
}
