package io.tributary.agents.repo.internal;

import static io.tributary.agents.repo.internal.RepoSamples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.repo.Repository;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTest {

    @TempDir
    Path root;

    @Test
    void malformedPackageJson_isAnErrorNamingTheFileAndLine() {
        Path file = write(root, "package.json", "{\n  \"name\": \"x\",\n  \"dependencies\": {\"a\": \"^1\",}\n");
        assertThatThrownBy(() -> PackageJson.read(Repository.open(root), file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("package.json: is not valid JSON at line 3");
    }

    @Test
    void dependencyThatIsNotAString_isAnErrorNamingIt() {
        Path file = write(root, "package.json", "{\"devDependencies\": {\"tape\": 5}}");
        assertThatThrownBy(() -> PackageJson.read(Repository.open(root), file))
                .hasMessage("package.json: 'devDependencies.tape' must be a string, found NUMBER");
    }

    @Test
    void packageJsonArray_isRefused() {
        Path file = write(root, "package.json", "[]");
        assertThatThrownBy(() -> PackageJson.read(Repository.open(root), file))
                .hasMessage("package.json: must hold a JSON object, found ARRAY");
    }

    @Test
    void packageJson_keepsSectionsInOrder_andReadsLegacyLicences() {
        Path file = write(root, "package.json", "{\"licenses\": [{\"type\": \"MIT\"}, \"ISC\"], \"scripts\": "
                + "{\"test\": \"tape\"}, \"dependencies\": {\"b\": \"1\", \"a\": \"2\"}}");
        PackageJson npm = PackageJson.read(Repository.open(root), file);
        assertThat(npm.licences()).containsExactly("MIT", "ISC");
        assertThat(npm.dependencies().get("dependencies")).containsExactly(
                java.util.Map.entry("b", "1"), java.util.Map.entry("a", "2"));
        assertThat(npm.script("test")).isEqualTo("tape");
    }

    @Test
    void pom_resolvesItsOwnProperties_andReadsManagedDependencies() {
        Path file = write(root, "pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <version>2.0</version>
                  <properties><jgit.version>7.8.1</jgit.version></properties>
                  <licenses><license><name>Apache License, Version 2.0</name></license></licenses>
                  <dependencies>
                    <dependency><groupId>org.eclipse.jgit</groupId><artifactId>jgit</artifactId>
                      <version>${jgit.version}</version></dependency>
                    <dependency><groupId>x</groupId><artifactId>self</artifactId><version>${project.version}</version>
                      <scope>test</scope></dependency>
                  </dependencies>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>y</groupId><artifactId>z</artifactId><version>[1.0,)</version></dependency>
                  </dependencies></dependencyManagement>
                </project>
                """);
        MavenPom pom = MavenPom.read(Repository.open(root), file);
        assertThat(pom.licences()).containsExactly("Apache License, Version 2.0");
        assertThat(pom.dependencies()).extracting(MavenPom.Dependency::name, MavenPom.Dependency::version,
                MavenPom.Dependency::scope).containsExactly(
                org.assertj.core.groups.Tuple.tuple("org.eclipse.jgit:jgit", "7.8.1", "compile"),
                org.assertj.core.groups.Tuple.tuple("x:self", "2.0", "test"),
                org.assertj.core.groups.Tuple.tuple("y:z", "[1.0,)", "compile"));
    }

    @Test
    void malformedPom_isAProblem_andTheOtherManifestIsStillRead() {
        write(root, "pom.xml", "<project><dependencies></project>");
        write(root, "package.json", "{\"name\": \"x\"}");
        Manifests manifests = Manifests.read(Repository.open(root));
        assertThat(manifests.npm()).isPresent();
        assertThat(manifests.maven()).isEmpty();
        assertThat(manifests.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("pom.xml");
            assertThat(p.problem()).startsWith("is not well-formed XML at line 1");
        });
    }

    @Test
    void pomWithAnotherRoot_isRefused() {
        Path file = write(root, "pom.xml", "<settings/>");
        assertThatThrownBy(() -> MavenPom.read(Repository.open(root), file))
                .hasMessage("pom.xml: has root element <settings>, expected <project>");
    }
}
