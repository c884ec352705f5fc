/** Dynamic fan-out: partitions decided by the input, bounded, merged, restartable partition by partition. */
package io.tributary.it.partitions;
