package io.tributary.agents.repo.internal;

import static io.tributary.agents.repo.internal.RepoSamples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.repo.Repository;
import io.tributary.api.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {

    @TempDir
    Path root;

    @Test
    void missingDirectory_andAFile_areErrorsNamingThePath() {
        assertThatThrownBy(() -> Repository.open(root.resolve("nope")))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("nope does not exist");
        Path file = write(root, "f.txt", "x");
        assertThatThrownBy(() -> Repository.open(file)).hasMessageEndingWith("f.txt is not a directory");
    }

    @Test
    void listing_leavesOutInstalledDependenciesBuildOutputAndHiddenFolders() {
        write(root, "index.js", "x");
        write(root, "node_modules/dep/index.js", "x");
        write(root, "target/classes/A.class", "x");
        write(root, ".git/config", "x");
        write(root, ".eslintrc", "x");
        Repository repository = Repository.open(root);
        assertThat(repository.listing().files()).extracting(repository::relative)
                .containsExactly(".eslintrc", "index.js");
    }

    @Test
    void symbolicLinks_areNotFollowed_outOfTheRepository() throws Exception {
        Path outside = write(root, "outside/secret.txt", "MIT");
        Path repo = root.resolve("repo");
        write(repo, "index.js", "x");
        java.nio.file.Files.createSymbolicLink(repo.resolve("LICENSE"), outside);
        java.nio.file.Files.createSymbolicLink(repo.resolve("lib"), outside.getParent());
        Repository repository = Repository.open(repo);
        assertThat(repository.rootFiles()).extracting(repository::relative).containsExactly("index.js");
        assertThat(repository.listing().files()).extracting(repository::relative).containsExactly("index.js");
    }
}
