package io.tributary.core.batch;

import io.tributary.api.InvalidInputException;
import io.tributary.core.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a run's report goes: {@code <reports.dir>/<job>-<run>} by default, or the folder the
 * {@code reportDir} job parameter names. A job parameter is input: a relative folder is taken
 * inside the work directory, and it may not leave it ({@code ../}, a link out, an absolute path
 * elsewhere) unless the setting {@value #OUTSIDE_HOME} allows absolute folders outside it.
 */
final class ReportLocation {

    static final String REPORT_DIR = "reportDir";
    static final String OUTSIDE_HOME = "reports.outside.home";

    private ReportLocation() {
    }

    /** The report folder of run {@code runId} of {@code job}; refuses a reportDir it may not use. */
    static Path of(JobSettings props, Settings settings, String job, long runId) {
        return props.find(REPORT_DIR).map(raw -> requested(raw, settings))
                .orElseGet(() -> Path.of(settings.get("reports.dir")).resolve(job + "-" + runId).toAbsolutePath());
    }

    private static Path requested(String raw, Settings settings) {
        Path home = settings.home();
        Path asked;
        try {
            asked = Path.of(raw);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("Job parameter 'reportDir' is not a valid path: '" + raw + "'", e);
        }
        Path dir = home.resolve(asked).normalize();
        boolean outsideAllowed = asked.isAbsolute() && Boolean.parseBoolean(settings.get(OUTSIDE_HOME, "false"));
        if (!outsideAllowed && !(dir.startsWith(home) && realPathInside(dir, home))) {
            throw new InvalidInputException("Job parameter 'reportDir' must name a folder inside the work directory "
                    + home + ", was '" + raw + "'" + (asked.isAbsolute()
                            ? "; set " + OUTSIDE_HOME + "=true to allow absolute folders elsewhere"
                            : ""));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("Job parameter 'reportDir' names an existing file, not a folder: " + dir);
        }
        return dir;
    }

    /** True when the nearest existing folder on the way to {@code dir} (inside {@code home}) is really inside it. */
    private static boolean realPathInside(Path dir, Path home) {
        if (!Files.exists(home)) {
            return true;
        }
        Path existing = dir;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().startsWith(home.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve the report folder " + dir, e);
        }
    }
}
