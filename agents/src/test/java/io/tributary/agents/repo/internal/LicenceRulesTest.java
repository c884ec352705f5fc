package io.tributary.agents.repo.internal;

import static io.tributary.agents.repo.internal.RepoSamples.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.repo.Repository;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenceRulesTest {

    private static final String MIT = "MIT License\n\nPermission is hereby granted, free of charge, to any person "
            + "obtaining a copy of this software";

    @TempDir
    Path root;

    @Test
    void noLicenceAnywhere_isAHighRedFlag() {
        write(root, "index.js", "module.exports = 1;\n");
        Finding missing = finding("licences.missing");
        assertThat(missing.severity()).isEqualTo(Severity.HIGH);
        assertThat(missing.polarity()).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void mitFile_andIscManifest_conflict() {
        write(root, "LICENSE", MIT);
        write(root, "package.json", "{\"name\": \"x\", \"license\": \"ISC\"}");
        Finding conflict = finding("licences.conflict");
        assertThat(conflict.claim()).contains("MIT").contains("ISC");
        assertThat(conflict.evidence()).extracting(e -> e.file()).containsExactly("LICENSE", "package.json");
    }

    @Test
    void manifestWithoutLicenceText_isAskedForTheText() {
        write(root, "package.json", "{\"name\": \"x\", \"license\": \"MIT\"}");
        assertThat(finding("licences.no-text").severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void licenceFileWithoutManifestField_namesTheSilentManifest() {
        write(root, "LICENSE.md", MIT);
        write(root, "package.json", "{\"name\": \"x\"}");
        assertThat(finding("licences.declared").claim()).contains("MIT");
        assertThat(finding("licences.manifest-field").claim()).startsWith("package.json declares no licence");
    }

    @Test
    void unrecognisedLicenceFile_isToBeRead() {
        write(root, "COPYING", "You may use this if you ask nicely.");
        write(root, "package.json", "{\"name\": \"x\", \"license\": \"MIT\"}");
        assertThat(finding("licences.unidentified").claim()).startsWith("COPYING is not a licence text");
    }

    @Test
    void gplProject_isFlaggedCopyleft() {
        write(root, "COPYING", "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007");
        assertThat(finding("licences.copyleft").claim()).contains("GPL-3.0-only");
    }

    @Test
    void sourceHeaderNamingAnotherLicence_isAMismatch() {
        write(root, "LICENSE", MIT);
        write(root, "src/a.js", "// SPDX-License-Identifier: MIT\nvar a;\n");
        write(root, "src/b.js", "/* SPDX-License-Identifier: GPL-3.0-only */\nvar b;\n");
        Finding mismatch = finding("licences.header-mismatch");
        assertThat(mismatch.claim()).contains("GPL-3.0-only");
        assertThat(mismatch.attributes()).containsEntry("withHeader", "2").containsEntry("sourceFiles", "2");
    }

    @Test
    void unlicensedManifest_isProprietary() {
        write(root, "LICENSE", MIT);
        write(root, "package.json", "{\"license\": \"UNLICENSED\"}");
        assertThat(finding("licences.proprietary").severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void unreadableLicenceFile_isAProblemNamingIt() throws Exception {
        Files.write(root.resolve("LICENSE"), new byte[] {(byte) 0xC3, (byte) 0x28});
        Repository repository = Repository.open(root);
        var inventory = LicenceInventory.read(repository, Manifests.read(repository), List.of());
        assertThat(inventory.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("LICENSE");
            assertThat(p.problem()).contains("not valid UTF-8");
        });
    }

    private Finding finding(String topic) {
        Repository repository = Repository.open(root);
        var sources = SourceFiles.sources(repository.listing().files());
        List<Finding> findings = LicenceRules.judge(LicenceInventory.read(repository, Manifests.read(repository), sources));
        return RepoSamples.withTopic(findings, topic);
    }
}
