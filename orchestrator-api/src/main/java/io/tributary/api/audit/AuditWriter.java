package io.tributary.api.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an {@link AuditReport} as files a person can file. Implementations are CDI beans; the
 * runtime's audit finds the one deployed.
 */
public interface AuditWriter {

    /**
     * Writes the report into {@code directory}, creating it; every file appears whole or not at all.
     *
     * @return the files written
     * @throws IOException when a file cannot be written; files already in place stay as they were
     */
    List<Path> write(AuditReport report, Path directory) throws IOException;
}
