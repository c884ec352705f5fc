package io.tributary.agents.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullSubmissionReaderTest {

    private final FullSubmissionReader reader = new FullSubmissionReader();

    @Test
    void abvcEightK_splitsIntoDocuments_withItemsAndPressReleaseHeadline() {
        // given
        Path root = SecSamples.dossier("abvc");

        // when
        FullSubmission submission = reader.read(new Dossier(root), root.resolve("filings/8-K-0001213900-25-032135.txt"));

        // then
        assertThat(submission.accessionNumber()).isEqualTo("0001213900-25-032135");
        assertThat(submission.formType()).isEqualTo("8-K");
        assertThat(submission.filed()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(submission.itemInformation()).hasSize(4)
                .anySatisfy(t -> assertThat(t).startsWith("Non-Reliance on Previously Issued"));
        assertThat(submission.primary()).get().satisfies(d -> {
            assertThat(d.type()).isEqualTo("8-K");
            assertThat(d.text()).contains("Item 4.02 Non-Reliance").doesNotContain("<p").doesNotContain("dei:");
        });
        SubmissionDocument exhibit = submission.documents().stream().filter(SubmissionDocument::isExhibit99)
                .findFirst().orElseThrow();
        assertThat(exhibit.filename()).isEqualTo("ea023837201ex99-1_abvcbio.htm");
        assertThat(exhibit.description()).isEqualTo("PRESS RELEASE");
        assertThat(exhibit.headline()).startsWith("ABVC BioPharma Announces 2024 Financial Results")
                .contains("Revenue Surges 234%").doesNotContain("Silicon Valley");
        assertThat(submission.documents()).filteredOn(d -> d.type().equals("GRAPHIC"))
                .allSatisfy(d -> assertThat(d.text()).isEmpty());
    }

    @Test
    void eightKItemHeadings_countOnlyHeadingsNotReferences() {
        // given
        String text = "Item 2.02 Results of Operations and Financial Condition.\n"
                + "The information reported under this Item 2.02\nItem 2.02 of this report is furnished.\n"
                + "Item 9.01 Exhibits\nItem 5.02 of Form 8-K requires nothing here.\n";

        // when / then
        assertThat(EightKItems.headings(text)).extracting(ItemMention::code).containsExactly("2.02", "9.01");
    }

    @Test
    void truncatedSubmission_isRefusedNamingTheDocument(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("filings/cut.txt", "hostile/truncated-8-K.txt"));

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("filings/cut.txt")))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("filings/cut.txt: document 1")
                .hasMessageContaining("no closing </DOCUMENT>");
    }
}
