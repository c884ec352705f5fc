package io.tributary.agents.sec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipReaderTest {

    private final OwnershipReader reader = new OwnershipReader();

    private static Path dossier(Path temp, String fixture) {
        return SecFixtures.dossier(temp, Map.of("leadership/form.xml", fixture));
    }

    @Test
    void formFour_givesOwnerRelationshipAndTransactions(@TempDir Path temp) {
        // given
        Path root = dossier(temp, "ownership/form4.snow.xml");

        // when
        OwnershipFiling filing = reader.read(new Dossier(root), root.resolve("leadership/form.xml"));

        // then
        assertThat(filing.documentType()).isEqualTo("4");
        assertThat(filing.issuerName()).isEqualTo("Snowflake Inc.");
        assertThat(filing.owners()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Scarpelli Michael");
            assertThat(o.relationship()).isEqualTo("officer (Chief Financial Officer)");
        });
        assertThat(filing.transactions()).hasSize(7);
        assertThat(filing.transactions().get(1)).satisfies(t -> {
            assertThat(t.code()).isEqualTo("S");
            assertThat(t.shares()).isEqualByComparingTo("73170");
            assertThat(t.price()).isEqualByComparingTo("150.841");
            assertThat(t.acquired()).isFalse();
            assertThat(t.isOpenMarket()).isTrue();
        });
        assertThat(filing.transactions()).filteredOn(InsiderTransaction::derivative).hasSize(1);
    }

    @Test
    void formThree_listsHoldingsWithoutTransactions(@TempDir Path temp) {
        // given
        Path root = dossier(temp, "ownership/form3.snow.xml");

        // when
        OwnershipFiling filing = reader.read(new Dossier(root), root.resolve("leadership/form.xml"));

        // then
        assertThat(filing.documentType()).isEqualTo("3");
        assertThat(filing.transactions()).isEmpty();
        assertThat(filing.owners()).isNotEmpty();
    }

    @Test
    void externalEntity_isRefusedAndNothingIsRead(@TempDir Path temp) {
        // given
        Path root = dossier(temp, "hostile/xxe-form4.xml");

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("leadership/form.xml")))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("leadership/form.xml: contains a DOCTYPE declaration");
    }

    @Test
    void xmlOfAnotherKind_isRefusedNamingItsRoot(@TempDir Path temp) {
        // given
        Path root = dossier(temp, "hostile/not-ownership.xml");

        // when / then
        assertThatThrownBy(() -> reader.read(new Dossier(root), root.resolve("leadership/form.xml")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("has root element <rss>; expected <ownershipDocument>");
    }
}
