package io.tributary.api.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentInputTest {

    @TempDir
    Path tmp;

    @Test
    void directory_resolvesPathsInsideItsRoot_existingOrNot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.createDirectories(root.resolve("press"));
        var input = new AgentInput.Directory(root);

        assertThat(input.resolve("press")).isEqualTo(root.resolve("press"));
        assertThat(input.resolve("patents/search.json")).isEqualTo(root.resolve("patents/search.json"));
        assertThat(input.resolve("press/../press")).isEqualTo(root.resolve("press"));
    }

    @Test
    void directory_refusesParentAndAbsolutePaths_namingThePath() throws Exception {
        var input = new AgentInput.Directory(Files.createDirectories(tmp.resolve("root")));

        assertThatThrownBy(() -> input.resolve("../secret")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Path '../secret' leads outside the input directory");
        assertThatThrownBy(() -> input.resolve(tmp.resolve("secret").toString()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("leads outside the input directory");
    }

    @Test
    void directory_refusesALinkWhoseRealPathLeavesTheRoot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "not for agents");
        Files.createSymbolicLink(root.resolve("press"), outside);
        var input = new AgentInput.Directory(root);

        assertThatThrownBy(() -> input.resolve("press")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Path 'press' leads outside the input directory");
        assertThatThrownBy(() -> input.resolve("press/secret.txt")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> input.resolve("press/new.txt")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyKind_roundTripsThroughItsStoredForm() {
        var inputs = new AgentInput[] {new AgentInput.Directory(tmp), new AgentInput.Parameter("claim-42"),
                new AgentInput.Uri(URI.create("https://example.org/repo.git")), new AgentInput.Json("{\"a\": 1}")};

        for (AgentInput input : inputs) {
            assertThat(AgentInput.of(input.kind(), input.value())).isEqualTo(input);
        }
        assertThat(inputs).extracting(AgentInput::kind).containsExactly("directory", "parameter", "uri", "json");
    }

    @Test
    void unknownKind_isRefused_namingTheKinds() {
        assertThatThrownBy(() -> AgentInput.of("ftp", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown input kind 'ftp' (one of directory, parameter, uri, json)");
    }
}
