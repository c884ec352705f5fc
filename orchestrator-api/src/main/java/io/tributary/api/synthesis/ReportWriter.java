package io.tributary.api.synthesis;

import io.tributary.api.run.RunSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthesis as files people and programs read. Implementations are CDI beans; the
 * {@code report} step runs every one installed.
 */
public interface ReportWriter {

    /**
     * Write the report files into {@code directory} (created if absent), replacing earlier ones.
     *
     * @return the files written
     */
    List<Path> write(Synthesis synthesis, RunSnapshot run, Path directory) throws IOException;
}
