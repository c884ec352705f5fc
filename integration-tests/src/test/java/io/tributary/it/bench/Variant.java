package io.tributary.it.bench;

/**
 * One way of running the five agents of a job. {@link #runJob} returns when the job is done, so
 * a client thread's time around it is the job's wall time.
 */
interface Variant extends AutoCloseable {

    String name();

    /**
     * Runs one job for client {@code slot} and waits for it.
     *
     * @throws Exception when the job fails, so that the driver counts it
     */
    void runJob(int slot) throws Exception;

    @Override
    default void close() {
    }
}
