package io.tributary.it.tck;

import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts Tributary's runtime once per test JVM before the first class of the Jakarta Batch TCK, so
 * that the TCK's {@code BatchRuntime.getJobOperator()} reaches it: its batch environment, thread
 * pool, CDI artifact factory and JDBC job repository on the shared pool, exactly as the launcher
 * starts them. Settings come from the {@code tributary.*} system properties of the failsafe
 * execution ({@code tributary.batch.threads.max=2} for the smallest pool); the work directory is
 * {@code tributary.tck.home}, emptied first so that each run starts on a new database.
 *
 * <p>Registered through {@code META-INF/services}; only the TCK executions enable JUnit's
 * extension auto-detection, and classes outside the TCK are left alone.
 */
public final class TckRuntimeExtension implements BeforeAllCallback {

    static final String TCK_PACKAGE = "com.ibm.jbatch.tck.";
    static final String HOME_PROPERTY = "tributary.tck.home";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!context.getRequiredTestClass().getName().startsWith(TCK_PACKAGE)) {
            return;
        }
        Holder.runtime();
    }

    /**
     * The runtime of this JVM, started on first use. A JVM field rather than JUnit's root store: the
     * test runner may run each class in its own launcher session, and a second start would empty the
     * home under the database the batch runtime's first {@code JobOperator} still has open.
     */
    private static final class Holder {
        private static final TributaryRuntime RUNTIME = start();

        static TributaryRuntime runtime() {
            return RUNTIME;
        }
    }

    private static TributaryRuntime start() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("System property " + HOME_PROPERTY
                    + " must name the work directory of the runtime the TCK runs against");
        }
        Path dir = Path.of(home);
        deleteTree(dir);
        Settings settings = Settings.load(dir);
        System.out.printf("Jakarta Batch TCK on Tributary's runtime: batch.threads.max=%s, jobs.repository=%s, db.url=%s%n",
                settings.get("batch.threads.max"), settings.get("jobs.repository"), settings.get("db.url"));
        return TributaryRuntime.start(settings);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the TCK work directory " + dir, e);
        }
    }
}
