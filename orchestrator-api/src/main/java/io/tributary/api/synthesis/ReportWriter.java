package io.tributary.api.synthesis;

import io.tributary.api.run.RunSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes an assessment as files people and programs read. Implementations are CDI beans. */
public interface ReportWriter {

    /**
     * Write the report files into {@code directory} (created if absent), replacing earlier ones.
     *
     * @return the files written
     */
    List<Path> write(Assessment assessment, RunSnapshot run, Path directory) throws IOException;
}
