package io.tributary.agents.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierTest {

    private static final String SECRET = "root:x:0:0:secret-line";
    private static final Set<String> CSV = Set.of("csv");

    @TempDir
    Path temp;
    private Path root;
    private Path outside;

    @BeforeEach
    void layout() throws IOException {
        root = Files.createDirectories(temp.resolve("dossier"));
        outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("passwd.csv"), SECRET);
        Files.createDirectories(root.resolve("press"));
        Files.writeString(root.resolve("press/news.csv"), "date,headline,source\n");
    }

    @Test
    void fileLinkOutOfTheDossier_isListed_andRefusedOnRead_namingTheLink() throws IOException {
        Files.createSymbolicLink(root.resolve("press/outside.csv"), outside.resolve("passwd.csv"));
        Dossier dossier = new Dossier(root);

        List<Path> files = dossier.files("press", CSV);

        assertThat(files).extracting(dossier::relative).containsExactly("press/news.csv", "press/outside.csv");
        assertThatThrownBy(() -> dossier.text(root.resolve("press/outside.csv")))
                .isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).file()).isEqualTo("press/outside.csv"))
                .hasMessageContaining("symbolic link that leads outside the dossier")
                .hasMessageNotContaining("root:")
                .hasMessageNotContaining(outside.toString());
    }

    @Test
    void linkedFolderOutOfTheDossier_isOneRefusedEntry_withoutListingWhatItHolds() throws IOException {
        Files.delete(root.resolve("press/news.csv"));
        Files.delete(root.resolve("press"));
        Files.createSymbolicLink(root.resolve("press"), outside);
        Dossier dossier = new Dossier(root);

        List<Path> files = dossier.files("press", CSV);

        assertThat(files).extracting(dossier::relative).containsExactly("press");
        assertThat(dossier.hasFolder("press")).isFalse();
        assertThatThrownBy(() -> dossier.bytes(files.get(0)))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("press: is a symbolic link that leads outside the dossier")
                .hasMessageNotContaining("passwd");
    }

    @Test
    void linkDeeperDown_isRefusedNamingThatLink() throws IOException {
        Files.createSymbolicLink(root.resolve("press/inner"), outside);
        Dossier dossier = new Dossier(root);

        assertThatThrownBy(() -> dossier.text(dossier.resolve("press/inner/passwd.csv")))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("press/inner: is a symbolic link that leads outside the dossier");
    }

    @Test
    void linksThatStayInside_areRead() throws IOException {
        Files.createDirectories(root.resolve("archive"));
        Files.writeString(root.resolve("archive/old.csv"), "date,headline,source\n2020-01-01,Inside,wire\n");
        Files.createSymbolicLink(root.resolve("press/old.csv"), root.resolve("archive/old.csv"));
        Files.createSymbolicLink(root.resolve("filings"), root.resolve("archive"));
        Dossier dossier = new Dossier(root);

        assertThat(dossier.text(root.resolve("press/old.csv"))).contains("Inside");
        assertThat(dossier.files("filings", CSV)).extracting(dossier::relative).containsExactly("filings/old.csv");
        assertThat(dossier.text(root.resolve("filings/old.csv"))).contains("Inside");
    }

    @Test
    void dossierGivenThroughALink_readsItsOwnFiles() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("dossier-link"), root);
        Dossier dossier = new Dossier(link);

        assertThat(dossier.files("press", CSV)).hasSize(1);
        assertThat(dossier.text(link.resolve("press/news.csv"))).startsWith("date,headline");
    }

    @Test
    void danglingLink_isRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("press/gone.csv"), root.resolve("press/missing.csv"));
        Dossier dossier = new Dossier(root);

        assertThat(dossier.files("press", CSV)).extracting(dossier::relative).contains("press/gone.csv");
        assertThatThrownBy(() -> dossier.bytes(root.resolve("press/gone.csv")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("press/gone.csv: is a symbolic link to a file that does not exist");
    }

    @Test
    void pathsThatClimbOut_areRefusedBeforeAnyRead() {
        Dossier dossier = new Dossier(root);

        assertThatThrownBy(() -> dossier.resolve("../elsewhere/passwd.csv")).isInstanceOf(SourceException.class)
                .hasMessageContaining("is not a path inside the dossier");
        assertThatThrownBy(() -> dossier.resolve(outside.resolve("passwd.csv").toString()))
                .isInstanceOf(SourceException.class);
        assertThatThrownBy(() -> dossier.bytes(outside.resolve("passwd.csv"))).isInstanceOf(SourceException.class);
    }

    @Test
    void oversizedFile_isRefusedWithItsSize_andInvalidUtf8_isNamed() throws IOException {
        Files.write(root.resolve("press/binary.csv"), new byte[] {(byte) 0xC3, (byte) 0x28});
        Dossier dossier = new Dossier(root, 1);

        assertThatThrownBy(() -> dossier.bytes(root.resolve("press/news.csv")))
                .hasMessageContaining("larger than the limit of 1 bytes");
        assertThatThrownBy(() -> new Dossier(root).text(root.resolve("press/binary.csv")))
                .hasMessage("press/binary.csv: is not valid UTF-8 text; save it as UTF-8");
        assertThat(new String(Files.readAllBytes(root.resolve("press/news.csv")), StandardCharsets.UTF_8))
                .isNotEmpty();
    }
}
