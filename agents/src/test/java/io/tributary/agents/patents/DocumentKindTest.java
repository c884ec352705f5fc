package io.tributary.agents.patents;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.patents.internal.DocumentKind;
import org.junit.jupiter.api.Test;

/** Document kinds from USPTO document ids and, failing a kind code, from the number. */
class DocumentKindTest {

    @Test
    void kindCode_decides() {
        assertThat(DocumentKind.of("US-11933660-B2", "11933660")).isEqualTo(DocumentKind.GRANT);
        assertThat(DocumentKind.of("US-11000000-B1", "11000000")).isEqualTo(DocumentKind.GRANT);
        assertThat(DocumentKind.of("US-20240085203-A1", "20240085203")).isEqualTo(DocumentKind.APPLICATION);
        assertThat(DocumentKind.of("US-D1017512-S", "D1017512")).isEqualTo(DocumentKind.DESIGN);
        assertThat(DocumentKind.of("US-PP35001-P2", "PP35001")).isEqualTo(DocumentKind.PLANT);
        assertThat(DocumentKind.of("US-RE49999-E", "RE49999")).isEqualTo(DocumentKind.REISSUE);
    }

    @Test
    void withoutKindCode_theNumberDecides() {
        assertThat(DocumentKind.of("11933660", "11933660")).isEqualTo(DocumentKind.GRANT);
        assertThat(DocumentKind.of("20240085203", "20240085203")).isEqualTo(DocumentKind.APPLICATION);
        assertThat(DocumentKind.of("D1017512", "D1017512")).isEqualTo(DocumentKind.DESIGN);
        assertThat(DocumentKind.of("US-ABC-Z9", "")).isEqualTo(DocumentKind.OTHER);
    }
}
