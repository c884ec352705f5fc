package io.tributary.jobs.capacity;

/**
 * One resource a workload uses up, with how much of it one query needs and how much there is.
 * Demand grows with the query rate; a {@link Scope#JVM} resource grows with the number of JVMs, a
 * {@link Scope#GLOBAL} one (a provider's rate limit) does not.
 *
 * @param resource            what is used up
 * @param scope               whether adding JVMs adds capacity
 * @param unit                unit of demand and capacity
 * @param perQueryPerSecond   demand per query per second: resource-seconds per query for
 *                            resources held while in use (threads, connections, cores, calls in
 *                            flight), per-minute counts for rate limits
 * @param capacityPerJvm      capacity of one JVM ({@link Scope#JVM}) or of the whole account
 * @param capacity            capacity at the planned number of JVMs
 * @param demand              demand at the planned query rate
 * @param maxQueriesPerSecond the query rate at which this resource is used up
 * @param jvmsNeeded          JVMs this resource alone calls for at the target utilisation; 0 for
 *                            a global resource
 */
public record Limit(String resource, Scope scope, String unit, double perQueryPerSecond, double capacityPerJvm,
        double capacity, double demand, double maxQueriesPerSecond, int jvmsNeeded) {

    /** Whether more JVMs bring more of a resource. */
    public enum Scope {
        /** Per JVM: threads, connections, cores, the bulkhead. */
        JVM,
        /** For the whole account: a provider's rate limits. More JVMs do not help. */
        GLOBAL
    }

    /** Demand over capacity: above 1 the resource is overcommitted. */
    public double utilisation() {
        return demand / capacity;
    }

    /** True when demand exceeds what there is. */
    public boolean exceeded() {
        return demand > capacity;
    }
}
