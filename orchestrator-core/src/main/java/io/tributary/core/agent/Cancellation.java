package io.tributary.core.agent;

/**
 * A run's request to stop its agent calls early, as a call sees it: whether the request is in
 * effect now, and a way to be told the moment it takes effect, so that a waiting call need not
 * poll.
 */
public interface Cancellation {

    /** No request will ever be made. */
    Cancellation NONE = new Cancellation() {
        @Override
        public boolean inEffect() {
            return false;
        }

        @Override
        public Registration onCancel(Runnable stop) {
            return () -> { };
        }
    };

    /** True once a request has taken effect: calls must stop. */
    boolean inEffect();

    /**
     * Runs {@code stop} once when a request takes effect (at once if it already has), until the
     * returned registration is closed.
     */
    Registration onCancel(Runnable stop);

    /** Ends interest in the request; closing twice is harmless. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
