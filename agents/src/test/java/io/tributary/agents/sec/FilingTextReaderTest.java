package io.tributary.agents.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilingTextReaderTest {

    private final FilingTextReader reader = new FilingTextReader();

    @Test
    void boeingFy2019Markdown_hasItemSections_withTheRealSectionLongerThanItsContentsEntry() {
        // given
        Path root = SecSamples.dossier("boeing");

        // when
        FilingText text = reader.read(new Dossier(root), root.resolve("filings/10-K-FY2019.md"));

        // then
        assertThat(text.section("1A")).get().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("Item 1A. Risk Factors");
            assertThat(text.textOf(s)).contains("737 MAX");
        });
        assertThat(text.section("10")).get().satisfies(s ->
                assertThat(text.textOf(s)).contains("executive officers and their ages"));
    }

    @Test
    void inlineXbrlHtml_isReadAsTextWithoutTheHiddenHeader() {
        // given
        Path root = SecSamples.dossier("apple");

        // when
        FilingText text = reader.read(new Dossier(root), root.resolve("financials/10-K-FY2024-filed-2024-11-01.html"));

        // then
        assertThat(text.text()).doesNotContain("<ix:").doesNotContain("dei:DocumentType");
        assertThat(text.section("7")).get().satisfies(s -> assertThat(s.heading()).startsWith("Item 7."));
    }

    @Test
    void textThatIsNotUtf8_isRefusedSayingSo(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("filings/latin1.md", "hostile/latin1-10-K.md"));

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("filings/latin1.md")))
                .isInstanceOf(SourceException.class)
                .hasMessage("filings/latin1.md: is not valid UTF-8 text; save it as UTF-8");
    }

    @Test
    void fullSubmission_isNotReadAsPlainText() {
        // given
        Path root = SecSamples.dossier("abvc");

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("filings/8-K-0001213900-25-032135.txt")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("is an EDGAR full submission");
    }
}
