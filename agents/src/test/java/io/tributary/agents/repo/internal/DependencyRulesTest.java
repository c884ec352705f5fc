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

class DependencyRulesTest {

    @TempDir
    Path root;

    @Test
    void unboundedRuntimeDependency_weighsMore_thanAnUnboundedDevelopmentOne() {
        write(root, "package.json", "{\"dependencies\": {\"a\": \"*\"}, \"devDependencies\": {\"b\": \">=1\"}}");
        Finding unbounded = finding("dependencies.unbounded");
        assertThat(unbounded.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(unbounded.claim()).contains("a \"*\"").contains("b \">=1\"").contains("(1 reach users)");

        write(root, "package.json", "{\"devDependencies\": {\"b\": \">=1\"}}");
        assertThat(finding("dependencies.unbounded").severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void snapshotDependency_isHigh() {
        write(root, "pom.xml", "<project><dependencies><dependency><groupId>g</groupId><artifactId>a</artifactId>"
                + "<version>1.0-SNAPSHOT</version></dependency></dependencies></project>");
        Finding snapshot = finding("dependencies.snapshot");
        assertThat(snapshot.severity()).isEqualTo(Severity.HIGH);
        assertThat(snapshot.evidence()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("pom.xml");
            assertThat(e.locator()).isEqualTo("dependencies.g:a");
            assertThat(e.quote()).isEqualTo("1.0-SNAPSHOT");
        });
    }

    @Test
    void packageInTwoSections_isADuplicate_butPeerPlusDevIsUsual() {
        write(root, "package.json", "{\"dependencies\": {\"a\": \"^1.0.0\", \"p\": \"^2.0.0\"}, \"devDependencies\":"
                + " {\"a\": \"^2.0.0\", \"p\": \"^2.0.0\"}, \"peerDependencies\": {\"q\": \"^1.0.0\"}}");
        Finding duplicate = finding("dependencies.duplicate");
        assertThat(duplicate.claim()).startsWith("2 dependencies are declared more than once");
        assertThat(duplicate.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void gitDependency_andInvalidRange_areNamed() {
        write(root, "package.json", "{\"dependencies\": {\"g\": \"git+https://example.org/g.git\", \"x\": \"^^1..2\"}}");
        assertThat(finding("dependencies.non-registry").claim()).contains("g \"git+https://example.org/g.git\"");
        assertThat(finding("dependencies.invalid").severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void manifestWithoutDependencies_isSaidSo() {
        write(root, "package.json", "{\"name\": \"x\"}");
        assertThat(finding("dependencies.declared").claim()).isEqualTo("package.json declares no dependencies");
    }

    private Finding finding(String topic) {
        List<Finding> findings = DependencyRules.judge(DependencyInventory.of(Manifests.read(Repository.open(root))));
        return RepoSamples.withTopic(findings, topic);
    }
}
