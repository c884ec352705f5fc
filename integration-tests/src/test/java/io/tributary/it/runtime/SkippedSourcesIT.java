package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.it.support.LauncherProcess;
import io.tributary.it.support.LauncherProcess.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier with sources an agent cannot use, run by the launcher as a child process: what was
 * skipped is in the outcome, the policy sees it, and nothing of a file outside the dossier is read.
 */
class SkippedSourcesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("tributary.samples", "../batch-jobs/samples"));
    private static final String SECRET = "Confidential-merger-codeword";

    @TempDir
    Path tmp;

    @Test
    void oversizedFileAndLinkOut_makeTheRunDegraded_namedInJsonAndReport_withNothingOfTheLinkedFile()
            throws Exception {
        Path dossier = copy(SAMPLES.resolve("tesla"), tmp.resolve("dossier"));
        sparse(dossier.resolve("press/huge.csv"), 70L * 1024 * 1024);
        Path secret = Files.writeString(tmp.resolve("secret.csv"), "date,headline,source\n," + SECRET + " soars,\n");
        Files.createSymbolicLink(dossier.resolve("press/outside.csv"), secret);
        Path home = tmp.resolve("home");

        Result r = LauncherProcess.run(home, false, "run", "due-diligence", "dossier=" + dossier, "--json", "--quiet");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(3);
        JsonNode json = JSON.readTree(r.stdout());
        assertThat(json.get("decision").get("outcome").asText()).isEqualTo("DEGRADED");
        assertThat(json.get("decision").get("reason").asText()).contains("press skipped 2 source(s)");
        JsonNode press = agent(json, "press");
        assertThat(press.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(press.get("problems")).extracting(JsonNode::asText).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("press/huge.csv: file is 73400320 bytes, larger than the limit"),
                p -> assertThat(p).startsWith("press/outside.csv: is a symbolic link that leads outside the dossier"));
        assertThat(agent(json, "financials").get("problems")).isEmpty();
        List<String> reports = new ArrayList<>();
        json.get("report").get("files").forEach(f -> reports.add(f.asText()));
        assertThat(reports).hasSize(3);
        for (String report : reports) {
            assertThat(Files.readString(Path.of(report))).as(report).contains("press/huge.csv")
                    .contains("press/outside.csv").doesNotContain(SECRET);
        }
        assertThat(r.stdout() + r.stderr()).doesNotContain(SECRET);
    }

    private static JsonNode agent(JsonNode json, String name) {
        for (JsonNode a : json.get("agents")) {
            if (a.get("agent").asText().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("no agent " + name + " in " + json);
    }

    /** A file of {@code size} bytes that takes no disk space. */
    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
