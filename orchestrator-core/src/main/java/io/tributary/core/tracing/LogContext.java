package io.tributary.core.tracing;

import java.util.Objects;

/**
 * The job execution, step and agent the current thread works for, printed with every log line by
 * {@link ContextFormatter} (the mapped diagnostic context of java.util.logging, which has none).
 * Agent calls on other threads carry the caller's context with them.
 *
 * @param executionId job execution, or 0
 * @param step        step name, or empty
 * @param agent       agent role, or empty
 */
public record LogContext(long executionId, String step, String agent) {

    public static final LogContext NONE = new LogContext(0, "", "");
    private static final ThreadLocal<LogContext> CURRENT = ThreadLocal.withInitial(() -> NONE);

    public LogContext {
        step = Objects.requireNonNullElse(step, "");
        agent = Objects.requireNonNullElse(agent, "");
    }

    public static LogContext current() {
        return CURRENT.get();
    }

    /** Sets the current thread's context; returns the one it replaces, to restore later. */
    public static LogContext set(LogContext context) {
        LogContext previous = CURRENT.get();
        CURRENT.set(context);
        return previous;
    }

    /** Wraps work to run under this context on whatever thread runs it. */
    public <T> java.util.concurrent.Callable<T> wrap(java.util.concurrent.Callable<T> work) {
        return () -> {
            LogContext previous = set(this);
            try {
                return work.call();
            } finally {
                set(previous);
            }
        };
    }

    @Override
    public String toString() {
        if (executionId == 0) {
            return "";
        }
        return "[execution=" + executionId + (step.isEmpty() ? "" : " step=" + step)
                + (agent.isEmpty() ? "" : " agent=" + agent) + "] ";
    }
}
