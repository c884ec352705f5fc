package io.tributary.api.policy;

import java.time.Duration;
import java.util.Objects;

/** What happens to agents still running once the policy's rule is met. */
public sealed interface OnQuorum permits OnQuorum.Wait, OnQuorum.CancelAfter {

    /** Wait for them until their own deadline. */
    static Wait waitForAll() {
        return Wait.INSTANCE;
    }

    /** Let them run for {@code grace}, then cancel them. */
    static CancelAfter cancelAfter(Duration grace) {
        return new CancelAfter(grace);
    }

    /** The textual form, as job XML and job parameters write it. */
    String text();

    /** Wait for the stragglers until their own deadline. */
    final class Wait implements OnQuorum {
        private static final Wait INSTANCE = new Wait();

        private Wait() {
        }

        @Override
        public String text() {
            return "wait";
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * Let the stragglers run for the grace period, then cancel them (outcome CANCELLED).
     *
     * @param grace how long they may still run; zero or more
     */
    record CancelAfter(Duration grace) implements OnQuorum {
        public CancelAfter {
            Objects.requireNonNull(grace, "grace");
            if (grace.isNegative()) {
                throw new IllegalArgumentException("onQuorum grace period must not be negative, was " + grace);
            }
        }

        @Override
        public String text() {
            return "cancel-after:" + grace;
        }
    }
}
