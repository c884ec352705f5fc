package io.tributary.agents.repo.internal;

import static io.tributary.agents.repo.internal.RepoSamples.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.repo.Repository;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRulesTest {

    @TempDir
    Path root;

    @Test
    void testFiles_areFoundByFolderAndByName() {
        assertThat(SourceFiles.isTest("test/parse.js")).isTrue();
        assertThat(SourceFiles.isTest("src/test/java/a/ParserTest.java")).isTrue();
        assertThat(SourceFiles.isTest("lib/parser.spec.ts")).isTrue();
        assertThat(SourceFiles.isTest("pkg/parser_test.go")).isTrue();
        assertThat(SourceFiles.isTest("test_parser.py")).isTrue();
        assertThat(SourceFiles.isTest("src/main/java/a/Contest.java")).isFalse();
        assertThat(SourceFiles.isTest("lib/attestation.js")).isFalse();
    }

    @Test
    void sourceWithoutTests_isHigh() {
        write(root, "index.js", "var a = 1;\nmodule.exports = a;\n");
        write(root, "package.json", "{\"scripts\": {\"test\": \"echo \\\"Error: no test specified\\\" && exit 1\"}}");
        assertThat(finding("tests.absent").severity()).isEqualTo(Severity.HIGH);
        assertThat(finding("tests.no-command").claim()).contains("no test specified");
    }

    @Test
    void fewTestLines_areThin() {
        write(root, "index.js", "a();\n".repeat(50));
        write(root, "test/index.js", "t();\n".repeat(5));
        Finding thin = finding("tests.thin");
        assertThat(thin.attributes()).containsEntry("ratio", "0.10").containsEntry("testFiles", "1");
    }

    @Test
    void mavenProject_runsTestsInItsTestPhase_unlessSkipped() {
        write(root, "pom.xml", "<project><packaging>jar</packaging></project>");
        write(root, "src/main/java/A.java", "class A {}\n");
        write(root, "src/test/java/ATest.java", "class ATest {}\n");
        assertThat(finding("tests.command").claim()).contains("Maven's test phase");
        assertThat(finding("tests.present").claim()).startsWith("1 test files (1 lines) for 1 source files");

        write(root, "pom.xml", "<project><properties><skipTests>true</skipTests></properties></project>");
        assertThat(finding("tests.no-command").claim()).contains("tests skipped");
    }

    @Test
    void unreadableSourceFile_isAProblemNamingIt() throws Exception {
        java.nio.file.Files.write(root.resolve("bad.js"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0});
        Repository repository = Repository.open(root);
        TestInventory inventory = TestInventory.read(repository, repository.listing().files(), Manifests.read(repository));
        assertThat(inventory.problems()).extracting(p -> p.file()).containsExactly("bad.js");
    }

    private Finding finding(String topic) {
        Repository repository = Repository.open(root);
        List<Finding> findings = TestRules.judge(TestInventory.read(repository, repository.listing().files(),
                Manifests.read(repository)));
        return RepoSamples.withTopic(findings, topic);
    }
}
