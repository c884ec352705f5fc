package io.tributary.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Runs the benchmark once per JDK, each in a JVM of its own with the same heap, and writes one
 * report ({@code results.md}) comparing them. Java 17 runs agent calls on platform threads; Java
 * 21 and later on virtual threads.
 *
 * <p>Arguments: {@code [--out DIR] [--jdks HOME,HOME] [--sections latency,throughput,model,tesla]
 * [--quick] [--heap 2g]}. Without {@code --jdks}: this JVM's JDK, and
 * {@value #NEWER_JDK} when it exists.
 */
public final class BenchReport {

    static final String NEWER_JDK = "/usr/lib/jvm/temurin-25-jdk-amd64";

    private BenchReport() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        Path out = Path.of(a.getOrDefault("--out", "target/bench")).toAbsolutePath();
        Files.createDirectories(out);
        List<Path> jdks = jdks(a.get("--jdks"));
        List<BenchRun.Results> results = new ArrayList<>();
        for (Path jdk : jdks) {
            int feature = feature(jdk);
            Path json = out.resolve("results-java" + feature + ".json");
            int code = runChild(jdk, feature, json, out, a);
            if (code != 0) {
                throw new IllegalStateException("The benchmark on " + jdk + " exited with " + code + "; see "
                        + out.resolve("java" + feature + ".log"));
            }
            results.add(BenchRun.JSON.readValue(json.toFile(), BenchRun.Results.class));
        }
        String command = System.getProperty("bench.command",
                "mvn -Pbench -pl integration-tests -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false");
        String md = BenchMarkdown.render(results, command, machine());
        Path file = out.resolve("results.md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        System.out.println(md);
        System.out.println("bench: report written to " + file);
    }

    private static int runChild(Path jdk, int feature, Path json, Path out, Map<String, String> a)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(jdk.resolve("bin/java").toString(),
                "-Xmx" + a.getOrDefault("--heap", "2g"), "-XX:+UseG1GC",
                "-Dbench.threads=" + (feature >= 21 ? "virtual" : "platform"),
                "-cp", childClassPath(System.getProperty("java.class.path")), BenchRun.class.getName(),
                "--out", json.toString(), "--work", out.resolve("work-java" + feature).toString()));
        for (String key : List.of("--sections")) {
            if (a.containsKey(key)) {
                cmd.add(key);
                cmd.add(a.get(key));
            }
        }
        if (a.containsKey("--quick")) {
            cmd.add("--quick");
        }
        System.out.println("bench: " + String.join(" ", cmd.subList(0, 4)) + " ... " + BenchRun.class.getSimpleName());
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(out.resolve("java" + feature + ".log").toFile()).start();
        return p.waitFor();
    }

    /**
     * The class path with the launcher jar of a reactor build ({@code batch-jobs/target/*.jar}) replaced by
     * its classes: its manifest names {@code lib/*.jar} beside it, which would put every module on the
     * class path a second time (as the failsafe configuration says too). The Jakarta Batch TCK's jars
     * are left out: its {@code META-INF/batch.xml} would be the one JBeret reads and parses at every job start.
     */
    static String childClassPath(String classPath) {
        return Stream.of(classPath.split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("jbatch.tck") && !e.contains("batch.tck.util"))
                .map(e -> e.matches(".*[/\\\\]batch-jobs[/\\\\]target[/\\\\][^/\\\\]+\\.jar")
                        ? Path.of(e).resolveSibling("classes").toString() : e)
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    static List<Path> jdks(String given) {
        if (given != null && !given.isBlank()) {
            return Stream.of(given.split(",")).map(String::trim).map(Path::of).toList();
        }
        List<Path> jdks = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        Path newer = Path.of(NEWER_JDK);
        if (Files.isExecutable(newer.resolve("bin/java")) && !newer.equals(jdks.get(0))) {
            jdks.add(newer);
        }
        return jdks;
    }

    /** The feature release of a JDK, from its {@code release} file. */
    static int feature(Path jdk) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(jdk.resolve("release"))) {
            p.load(in);
        }
        String v = p.getProperty("JAVA_VERSION", "").replace("\"", "");
        if (v.isEmpty()) {
            throw new IOException("No JAVA_VERSION in " + jdk.resolve("release"));
        }
        return Integer.parseInt(v.split("[.+-]")[0]);
    }

    /** {@code --name value} pairs and {@code --flag}s. */
    static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'");
            }
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            m.put(args[i], hasValue ? args[++i] : "");
        }
        return m;
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        Path proc = Path.of("/proc/loadavg");
        try {
            if (Files.isReadable(proc)) {
                String[] f = Files.readString(proc).trim().split("\\s+");
                return f[0] + " " + f[1] + " " + f[2];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static String machine() {
        String cpu = "";
        Path info = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(info)) {
                cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long memGb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1L << 30);
        return Runtime.getRuntime().availableProcessors() + " cores" + (cpu.isEmpty() ? "" : " (" + cpu + ")") + ", "
                + memGb + " GB RAM, " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
