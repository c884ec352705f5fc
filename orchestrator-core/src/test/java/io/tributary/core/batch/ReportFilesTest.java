package io.tributary.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path tmp;

    @Test
    void allFilesWritten_appearTogetherAtTheTarget() throws IOException {
        Path target = tmp.resolve("reports/run-1");

        List<Path> files = ReportFiles.write(target, folder -> List.of(
                Files.writeString(folder.resolve("a.md"), "a"), Files.writeString(folder.resolve("a.json"), "{}")));

        assertThat(files).containsExactly(target.resolve("a.md"), target.resolve("a.json"));
        assertThat(target.resolve("a.md")).hasContent("a");
        assertThat(siblings(target)).containsExactly("run-1");
    }

    @Test
    void diskFullAfterTheFirstFile_leavesNoPartialReportAndNoStagingFolder() throws IOException {
        Path target = tmp.resolve("reports/run-1");

        assertThatThrownBy(() -> ReportFiles.write(target, folder -> {
            Files.writeString(folder.resolve("a.html"), "<html>");
            throw new FileSystemException(folder.resolve("a.md").toString(), null, "No space left on device");
        })).isInstanceOf(FileSystemException.class).hasMessageContaining("No space left on device");

        assertThat(target).doesNotExist();
        assertThat(siblings(target)).isEmpty();
    }

    @Test
    void failedRewrite_keepsTheEarlierReportWhole() throws IOException {
        Path target = tmp.resolve("reports/run-1");
        ReportFiles.write(target, folder -> List.of(Files.writeString(folder.resolve("a.md"), "first")));

        assertThatThrownBy(() -> ReportFiles.write(target, folder -> {
            Files.writeString(folder.resolve("a.md"), "second, half writ");
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(target.resolve("a.md")).hasContent("first");
        assertThat(siblings(target)).containsExactly("run-1");
    }

    @Test
    void rewrite_replacesTheEarlierReport() throws IOException {
        Path target = tmp.resolve("reports/run-1");
        ReportFiles.write(target, folder -> List.of(Files.writeString(folder.resolve("old.md"), "first")));

        ReportFiles.write(target, folder -> List.of(Files.writeString(folder.resolve("a.md"), "second")));

        assertThat(target.resolve("a.md")).hasContent("second");
        assertThat(target.resolve("old.md")).doesNotExist();
        assertThat(siblings(target)).containsExactly("run-1");
    }

    private static List<String> siblings(Path target) throws IOException {
        try (Stream<Path> all = Files.list(target.getParent())) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}
