package io.tributary.api.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingGroupTest {

    @Test
    void simpleIdentifiers_areGroupNames_andABlankTitleIsTheName() {
        assertThat(new FindingGroup("code-quality", "Code quality").title()).isEqualTo("Code quality");
        assertThat(new FindingGroup("release.licences-2", " ").title()).isEqualTo("release.licences-2");
    }

    @Test
    void otherNames_areRefused_namingTheValue() {
        for (String bad : List.of("", "2fast", "two words", "a/b", "x".repeat(FindingGroup.MAX_NAME + 1))) {
            assertThatThrownBy(() -> FindingGroup.of(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Finding group '" + bad + "' is not a simple identifier");
        }
        assertThatThrownBy(() -> FindingGroup.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFindingOutsideAnyValidGroup_isRefused_namingTheFinding() {
        assertThatThrownBy(() -> Finding.of("k1", "no group", "t.x", "claim", Polarity.NEUTRAL, Severity.INFO, 1.0,
                List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Finding 'k1': Finding group 'no group'");
    }
}
