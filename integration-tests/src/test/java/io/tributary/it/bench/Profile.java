package io.tributary.it.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a variant's processor time goes: a flight recording (execution samples every 10 ms, and
 * thread parks and monitor waits over 1 ms) of a closed loop of jobs, each sample counted once under
 * the first area its stack shows, from the outermost caller that says what the work is for (the job
 * repository, the result store) down to the library at the top of the stack.
 */
final class Profile {

    /** Areas tried in order; a sample counts for the first whose marker is anywhere in its stack. */
    private static final Map<String, List<String>> BY_PURPOSE = purposes();

    /** The library at the top of a sample's stack, when no purpose matched. */
    private static final Map<String, String> BY_LIBRARY = libraries();

    /**
     * @param samples    execution samples in the window
     * @param areas      samples per area, by purpose, then by the library at the top of the stack
     * @param parkedMs   time threads spent parked (locks, queues) or waiting for a monitor, per class waited on
     */
    record Result(String variant, int concurrency, long samples, Map<String, Long> areas, Map<String, Long> parkedMs,
            String recording) {
    }

    private Profile() {
    }

    static Result run(Variant variant, int concurrency, Duration window, Path file) throws Exception {
        LoadDriver.run(variant, concurrency, Duration.ofSeconds(3), Duration.ofSeconds(1));
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.enable("jdk.ThreadPark").withThreshold(Duration.ofMillis(1)).withStackTrace();
            recording.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ofMillis(1)).withStackTrace();
            recording.start();
            LoadDriver.Result load = LoadDriver.run(variant, concurrency, Duration.ZERO, window);
            recording.stop();
            recording.dump(file);
            System.out.printf("bench: profiled %s at %d jobs at once: %.1f jobs/s, recording %s%n", variant.name(),
                    concurrency, load.jobsPerSecond(), file);
        }
        return summarise(variant.name(), concurrency, file);
    }

    static Result summarise(String variant, int concurrency, Path file) throws IOException {
        Map<String, Long> areas = new TreeMap<>();
        Map<String, Long> parked = new TreeMap<>();
        long samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.ExecutionSample") && e.getStackTrace() != null) {
                samples++;
                areas.merge(area(e.getStackTrace()), 1L, Long::sum);
            } else if (type.equals("jdk.ThreadPark") || type.equals("jdk.JavaMonitorEnter")) {
                parked.merge(waitedOn(e), e.getDuration().toMillis(), Long::sum);
            }
        }
        Result r = new Result(variant, concurrency, samples, sorted(areas), sorted(parked), file.toString());
        r.areas().forEach((k, v) -> System.out.printf(Locale.ROOT, "bench: profile %-44s %5.1f %%%n", k,
                100.0 * v / Math.max(1, r.samples())));
        return r;
    }

    static String area(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        for (var purpose : BY_PURPOSE.entrySet()) {
            for (RecordedFrame f : frames) {
                String name = f.getMethod().getType().getName();
                if (purpose.getValue().stream().anyMatch(name::startsWith)) {
                    return purpose.getKey();
                }
            }
        }
        String top = frames.isEmpty() ? "" : frames.get(0).getMethod().getType().getName();
        return BY_LIBRARY.entrySet().stream().filter(l -> top.startsWith(l.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other: " + top.replaceAll("\\.[^.]*$", ""));
    }

    private static String waitedOn(RecordedEvent e) {
        String what = e.getEventType().getName().equals("jdk.ThreadPark")
                ? e.getClass("parkedClass") == null ? "(no blocker)" : e.getClass("parkedClass").getName()
                : e.getClass("monitorClass").getName();
        RecordedStackTrace stack = e.getStackTrace();
        String caller = stack == null ? "" : stack.getFrames().stream().map(f -> f.getMethod().getType().getName())
                .filter(n -> !n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun."))
                .findFirst().orElse("");
        return what + " from " + caller;
    }

    private static Map<String, Long> sorted(Map<String, Long> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, List<String>> purposes() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("JBeret job repository (JDBC, H2 below it)", List.of("org.jberet.repository.JdbcRepository"));
        m.put("Tributary result store (Hibernate, H2 below it)", List.of("io.tributary.core.store"));
        m.put("Tributary leases, tracing, policy, agent calls", List.of("io.tributary.core"));
        m.put("job XML, properties and artifacts (JBeret, Weld)", List.of("org.jberet.creation",
                "org.jberet.job.model", "org.jboss.weld"));
        return m;
    }

    private static Map<String, String> libraries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("org.h2.", "H2, other callers");
        m.put("org.hibernate.", "Hibernate, other callers");
        m.put("com.zaxxer.hikari.", "HikariCP");
        m.put("org.jberet.", "JBeret runtime (contexts, runners)");
        m.put("java.util.concurrent.", "thread hand-off and locks (java.util.concurrent)");
        m.put("java.lang.Thread", "thread hand-off and locks (java.util.concurrent)");
        m.put("jdk.internal.misc.Unsafe", "thread hand-off and locks (java.util.concurrent)");
        m.put("java.util.logging.", "logging");
        m.put("org.springframework.", "Spring");
        m.put("java.", "JDK (collections, strings, reflection)");
        m.put("jdk.", "JDK (collections, strings, reflection)");
        m.put("sun.", "JDK (collections, strings, reflection)");
        return m;
    }
}
