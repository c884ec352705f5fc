/** Capacity planning: the threads, connections, tokens, money and machines a parallel-agent workload needs, by arithmetic. */
package io.tributary.jobs.capacity;
