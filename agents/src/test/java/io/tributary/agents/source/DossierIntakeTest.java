package io.tributary.agents.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierIntakeTest {

    @TempDir
    Path temp;

    @Test
    void targetJsonLinkedOutOfTheDossier_isRefused_withoutQuotingWhatItPointsTo() throws IOException {
        Path dossier = Files.createDirectories(temp.resolve("dossier"));
        Path secret = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(dossier.resolve("target.json"), secret);

        assertRefused(dossier, "target.json is a symbolic link that leads outside the dossier", "root");
    }

    @Test
    void targetJsonThatIsNotJson_namesThePlace_notTheText() throws IOException {
        Path dossier = Files.createDirectories(temp.resolve("dossier"));
        Files.writeString(dossier.resolve("target.json"), "confidential-token here");

        assertRefused(dossier, "is not valid JSON at line 1", "confidential");
    }

    private static void assertRefused(Path dossier, String message, String notQuoted) {
        assertThatThrownBy(() -> DossierIntake.read(dossier)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message).hasMessageNotContaining(notQuoted);
    }

    @Test
    void targetJsonLinkedInsideTheDossier_isRead() throws IOException {
        Path dossier = Files.createDirectories(temp.resolve("dossier"));
        Files.writeString(dossier.resolve("company.json"), "{\"name\": \"Acme\", \"ticker\": \"ACME\"}");
        Files.createSymbolicLink(dossier.resolve("target.json"), dossier.resolve("company.json"));

        assertThat(DossierIntake.read(dossier).name()).isEqualTo("Acme");
    }

    @Test
    void nameOrTickerLongerThanTheStoreKeeps_isRefusedAtIntake() throws IOException {
        Path dossier = Files.createDirectories(temp.resolve("dossier"));
        Files.writeString(dossier.resolve("target.json"), "{\"name\": \"" + "N".repeat(201) + "\"}");
        assertThatThrownBy(() -> DossierIntake.read(dossier))
                .hasMessageContaining("\"name\" is 201 characters long, longer than the limit of 200");

        Files.writeString(dossier.resolve("target.json"), "{\"name\": \"Acme\", \"ticker\": \"" + "T".repeat(21) + "\"}");
        assertThatThrownBy(() -> DossierIntake.read(dossier))
                .hasMessageContaining("\"ticker\" is 21 characters long, longer than the limit of 20");
    }
}
