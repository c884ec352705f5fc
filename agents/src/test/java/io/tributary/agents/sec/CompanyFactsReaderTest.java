package io.tributary.agents.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyFactsReaderTest {

    private final CompanyFactsReader reader = new CompanyFactsReader();

    @Test
    void teslaCompanyFacts_giveAnnualNetIncomeFromTenKs() {
        // given
        Path root = SecSamples.dossier("tesla");
        Dossier dossier = new Dossier(root);

        // when
        CompanyFacts facts = reader.read(dossier, root.resolve("financials/companyfacts-CIK0001318605.json"));
        List<AnnualValue> income = facts.annual().of("us-gaap:NetIncomeLoss", PeriodKind.DURATION);

        // then
        assertThat(facts.entityName()).isEqualTo("Tesla, Inc.");
        assertThat(income).extracting(AnnualValue::fiscalYear).startsWith(2009).endsWith(2021);
        assertThat(income).filteredOn(v -> v.fiscalYear() == 2020).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("721000000"));
    }

    @Test
    void truncatedJson_isRefusedNamingFileAndPlace(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("financials/facts.json", "hostile/truncated-companyfacts.json"));

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("financials/facts.json")))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("financials/facts.json: is not valid JSON at line 1");
    }

    @Test
    void jsonOfAnotherShape_isRefusedSayingWhatWasExpected(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("financials/facts.json", "hostile/not-companyfacts.json"));

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("financials/facts.json")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("has no 'facts' object; expected the SEC companyfacts API response");
    }

    @Test
    void badDate_isRefusedNamingTheFact(@TempDir Path temp) {
        // given
        Path root = SecFixtures.dossier(temp, Map.of("financials/facts.json", "hostile/companyfacts-bad-date.json"));

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("financials/facts.json")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("us-gaap:NetIncomeLoss units.USD[0]: 'end' is not a date");
    }

    @Test
    void fileOverTheSizeBound_isRefusedUnread() {
        // given a dossier that allows 1 kB per file
        Path root = SecSamples.dossier("tesla");
        Dossier small = new Dossier(root, 1024);

        // when / then
        assertThatThrownBy(() -> reader.read(small, root.resolve("financials/companyfacts-CIK0001318605.json")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("larger than the limit of 1024 bytes");
    }

    @Test
    void emptyFile_isRefusedAsEmpty(@TempDir Path temp) throws Exception {
        // given
        Path root = SecFixtures.dossier(temp, Map.of());
        java.nio.file.Files.createDirectories(root.resolve("financials"));
        java.nio.file.Files.write(root.resolve("financials/empty.json"), new byte[0]);

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("financials/empty.json")))
                .isInstanceOf(SourceException.class)
                .hasMessage("financials/empty.json: is empty; expected a JSON document");
    }
}
