package io.tributary.agents.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way dossier XML is parsed. Dossier files come from users and the internet, so the JDK
 * parser is locked down: a DOCTYPE is refused outright (which rules out external entities, entity
 * expansion bombs and DTD fetches), XInclude is off and no external resource may be resolved.
 * A refused or malformed file becomes a {@link SourceException} naming it.
 */
public final class SafeXml {

    private static final String ENTITY_REFUSED = "external entity refused";
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    /** Parses {@code data}, the content of dossier file {@code file}, into a DOM document. */
    public static Document parse(String file, byte[] data) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException(ENTITY_REFUSED);
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(data)));
        } catch (SAXParseException e) {
            throw new SourceException(file, describe(e), e);
        } catch (SAXException e) {
            throw new SourceException(file, String.valueOf(e.getMessage()).startsWith(ENTITY_REFUSED)
                    ? "refers to an external entity, which is refused for safety" : "is not usable XML", e);
        } catch (IOException e) {
            throw new SourceException(file, "cannot be read as XML (" + e.getClass().getSimpleName() + ")", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser cannot be hardened", e);
        }
    }

    private static String describe(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "contains a DOCTYPE declaration, which is refused for safety (no DTDs or external "
                    + "entities); remove the DOCTYPE line";
        }
        return ParseErrors.xml(e);
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    /** Turns warnings-as-usual into failures so a broken file is never half-read. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a document unusable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
