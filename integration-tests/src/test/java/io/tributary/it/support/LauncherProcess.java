package io.tributary.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher as a real child process: {@code java -cp tributary.jar[:test classes]
 * io.tributary.jobs.launcher.Tributary ...}, the way a scheduler does.
 */
public final class LauncherProcess {

    /** How a launcher process ended. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    public static final String MAIN = "io.tributary.jobs.launcher.Tributary";

    private LauncherProcess() {
    }

    /** The launcher jar built by batch-jobs. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("tributary.jar", "../batch-jobs/target/tributary.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with mvn package");
        }
        return jar;
    }

    /** The class path of the jar plus this module's test classes (scripted agents, test jobs). */
    public static String classPath(boolean withTestClasses) {
        String cp = jar().toString();
        if (withTestClasses) {
            cp += File.pathSeparator + Path.of("target/test-classes").toAbsolutePath();
        }
        return cp;
    }

    public static Process start(Path home, boolean withTestClasses, Map<String, String> env, String... args)
            throws IOException {
        return startIn(null, home, withTestClasses, env, args);
    }

    /** Starts the launcher in {@code workDir} (null: this process's working directory). */
    public static Process startIn(Path workDir, Path home, boolean withTestClasses, Map<String, String> env,
            String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-cp", classPath(withTestClasses), MAIN));
        command.addAll(List.of(args));
        return launch(command, workDir, home, env);
    }

    /** The launcher script beside the jar, which chooses JVM options for each command. */
    public static Path script() {
        Path script = jar().resolveSibling("tributary");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException(script + " is missing or not executable: build it first with mvn package");
        }
        return script;
    }

    /** Starts the launcher script (the jar alone, no test classes) on this process's Java runtime. */
    public static Process startScript(Path home, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(script().toString()));
        command.addAll(List.of(args));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("JAVA", javaBin());
        return launch(command, null, home, all);
    }

    private static Process launch(List<String> command, Path workDir, Path home, Map<String, String> env)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        pb.environment().put("TRIBUTARY_HOME", home.toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(home.getParent(), "launcher", ".out");
        Path err = Files.createTempFile(home.getParent(), "launcher", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        OUTPUTS.put(p, new Path[] {out, err});
        return p;
    }

    private static final Map<Process, Path[]> OUTPUTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a running launcher has written to standard error so far. */
    public static String stderrSoFar(Process p) throws IOException {
        return Files.readString(OUTPUTS.get(p)[1]);
    }

    /** Waits until the launcher's standard error contains {@code text}; false if it ended or time ran out first. */
    public static boolean awaitStderr(Process p, String text, java.time.Duration limit)
            throws IOException, InterruptedException {
        java.time.Instant end = java.time.Instant.now().plus(limit);
        while (!stderrSoFar(p).contains(text)) {
            if (!p.isAlive() || java.time.Instant.now().isAfter(end)) {
                return stderrSoFar(p).contains(text);
            }
            Thread.sleep(20);
        }
        return true;
    }

    public static Result await(Process p, long seconds) throws IOException, InterruptedException {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("launcher did not end within " + seconds + " s");
        }
        Path[] files = OUTPUTS.remove(p);
        return new Result(p.exitValue(), Files.readString(files[0]), Files.readString(files[1]));
    }

    public static Result run(Path home, boolean withTestClasses, String... args) throws IOException, InterruptedException {
        return await(start(home, withTestClasses, Map.of(), args), 240);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
