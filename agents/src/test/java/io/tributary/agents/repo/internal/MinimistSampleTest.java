package io.tributary.agents.repo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.repo.Repository;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every reader and rule of the release-readiness job on the bundled minimist 1.2.8 package. */
class MinimistSampleTest {

    private final Repository repository = RepoSamples.minimist();
    private final List<Path> files = repository.listing().files();
    private final Manifests manifests = Manifests.read(repository);

    @Test
    void licences_licenceFileAndManifestBothSayMit() {
        var inventory = LicenceInventory.read(repository, manifests, SourceFiles.sources(files));
        Map<String, Finding> findings = byTopic(LicenceRules.judge(inventory));
        assertThat(findings.get("licences.declared").claim())
                .isEqualTo("Licensed under MIT: LICENSE and package.json agree");
        assertThat(findings.get("licences.declared").evidence()).extracting(e -> e.file() + " " + e.quote())
                .containsExactly("LICENSE This software is released under the MIT license:", "package.json MIT");
        assertThat(findings).containsOnlyKeys("licences.declared", "licences.headers");
    }

    @Test
    void dependencies_nineDevelopmentDependencies_onePinned() {
        Map<String, Finding> findings = byTopic(DependencyRules.judge(DependencyInventory.of(manifests)));
        assertThat(findings.get("dependencies.declared").attributes()).containsEntry("declared", "9")
                .containsEntry("runtime", "0").containsEntry("pinned", "1").containsEntry("bounded", "8");
        assertThat(findings).containsOnlyKeys("dependencies.declared");
    }

    @Test
    void tests_fifteenTestFiles_andTheTestScript() {
        var findings = byTopic(TestRules.judge(TestInventory.read(repository, files, manifests)));
        assertThat(findings.get("tests.present").attributes()).containsEntry("testFiles", "15")
                .containsEntry("sourceFiles", "2");
        assertThat(findings.get("tests.command").claim()).startsWith("The tests run with npm run tests-only");
    }

    @Test
    void activity_releasesFromTheChangelog() {
        Changelog changelog = Changelog.read(repository, Changelog.find(repository).orElseThrow());
        var findings = byTopic(ActivityRules.ofReleases(changelog, LocalDate.of(2026, 12, 1)));
        assertThat(findings.get("activity.stale").polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(findings.get("activity.stale").attributes()).containsEntry("version", "1.2.8");
        assertThat(findings.get("activity.releases").attributes()).containsEntry("releases", "30")
                .containsEntry("first", "2013-06-25");
    }

    @Test
    void duplication_comparesTheJavaScriptFiles() {
        Duplication duplication = Duplication.of(repository, SourceFiles.sources(files));
        assertThat(duplication.files()).isEqualTo(17);
        assertThat(duplication.problems()).isEmpty();
        assertThat(DuplicationRules.judge(duplication)).extracting(Finding::topic).containsExactly("duplication.none");
    }

    private static Map<String, Finding> byTopic(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::topic, Function.identity()));
    }
}
