package io.tributary.agents.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionsReaderTest {

    private final SubmissionsReader reader = new SubmissionsReader();

    @Test
    void teslaSubmissions_list1001FilingsWith22ItemFiveOhTwoEightKs() {
        // given
        Path root = SecSamples.dossier("tesla");

        // when
        Submissions submissions = reader.read(new Dossier(root), root.resolve("filings/submissions-CIK0001318605.json"));

        // then
        assertThat(submissions.name()).isEqualTo("Tesla, Inc.");
        assertThat(submissions.filings()).hasSize(1001);
        assertThat(submissions.filings()).filteredOn(f -> f.isCurrentReport() && f.items().contains("5.02")).hasSize(22);
        assertThat(submissions.filings()).allSatisfy(f ->
                assertThat(f.items()).allMatch(code -> code.matches("\\d\\.\\d\\d")));
    }

    @Test
    void arraysOfDifferentLength_areRefusedAsDamaged(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("filings/s.json", "hostile/submissions-mismatched.json"));

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("filings/s.json")))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("filings/s.json: filings.recent arrays differ in length");
    }
}
