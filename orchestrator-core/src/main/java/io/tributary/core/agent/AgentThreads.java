package io.tributary.core.agent;

import io.tributary.api.InvalidInputException;
import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses the threads agent calls run on: virtual threads when the JVM has them (Java 21+) and
 * the setting allows, platform daemon threads otherwise. Built for Java 17, so virtual threads
 * are found at run time.
 */
public final class AgentThreads {

    public static final String AUTO = "auto";
    public static final String PLATFORM = "platform";
    public static final String VIRTUAL = "virtual";

    private AgentThreads() {
    }

    /** True when this JVM can make virtual threads. */
    public static boolean virtualAvailable() {
        return virtualFactory() != null;
    }

    /** An executor per the {@code agents.threads} setting. */
    public static ExecutorService create(String mode) {
        switch (mode) {
            case AUTO:
                return virtualAvailable() ? virtual() : platform();
            case VIRTUAL:
                if (!virtualAvailable()) {
                    throw new InvalidInputException("agents.threads=virtual needs Java 21 or later; this is Java "
                            + Runtime.version().feature() + ". Use auto or platform.");
                }
                return virtual();
            case PLATFORM:
                return platform();
            default:
                throw new InvalidInputException("agents.threads must be auto, platform or virtual, was '" + mode + "'");
        }
    }

    /** Whether {@link #create} makes virtual threads for this mode. */
    public static boolean isVirtual(String mode) {
        return VIRTUAL.equals(mode) || (AUTO.equals(mode) && virtualAvailable());
    }

    private static ExecutorService platform() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tributary-agent-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static ExecutorService virtual() {
        try {
            return (ExecutorService) virtualFactory().invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create a virtual-thread executor", e);
        }
    }

    private static Method virtualFactory() {
        try {
            return Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
