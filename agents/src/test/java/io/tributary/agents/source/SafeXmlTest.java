package io.tributary.agents.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.agents.sec.SecFixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SafeXmlTest {

    @Test
    void doctypeWithExternalEntity_isRefusedWithAClearMessage() {
        // given an ownership form that tries to read /etc/passwd through an external entity
        byte[] hostile = SecFixtures.resource("hostile/xxe-form4.xml");

        // when / then
        assertThatThrownBy(() -> SafeXml.parse("leadership/xxe-form4.xml", hostile))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("leadership/xxe-form4.xml: contains a DOCTYPE declaration")
                .hasMessageContaining("refused")
                .hasMessageNotContaining("root:");
    }

    @Test
    void entityExpansionBomb_isRefusedBeforeExpansion() {
        // given
        byte[] bomb = SecFixtures.resource("hostile/entity-expansion.xml");

        // when / then
        assertThatThrownBy(() -> SafeXml.parse("leadership/lol.xml", bomb))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void malformedXml_namesFileAndLine() {
        // given
        byte[] broken = SecFixtures.resource("hostile/unclosed-ownership.xml");

        // when / then
        assertThatThrownBy(() -> SafeXml.parse("leadership/cut.xml", broken))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("leadership/cut.xml: is not well-formed XML at line");
    }

    @Test
    void plainXml_parses() {
        // when
        Document document = SafeXml.parse("x.xml", "<a><b>1</b></a>".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo("1");
    }
}
