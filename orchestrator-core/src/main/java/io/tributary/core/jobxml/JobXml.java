package io.tributary.core.jobxml;

import jakarta.batch.operations.JobStartException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A job XML document: reading it without DTDs or external entities, walking its elements by JSL
 * name, writing it back. JSL elements are matched by local name in whatever namespace the job
 * uses (Jakarta Batch or the older Java EE one).
 */
final class JobXml {

    private JobXml() {
    }

    static Document parse(byte[] bytes, String jobXml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity '" + systemId + "' refused");
            });
            builder.setErrorHandler(new Strict());
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXException | IOException e) {
            String at = e instanceof SAXParseException p ? " at line " + p.getLineNumber() + ", column "
                    + p.getColumnNumber() : "";
            throw new JobStartException("Job XML '" + jobXml + "' is not well-formed XML" + at + ": " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot read job XML securely", e);
        }
    }

    /** Fails on errors instead of printing them; warnings do not make a job unreadable. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // A warning leaves the document usable.
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

    static byte[] write(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("An expanded job XML document could not be written", e);
        }
    }

    /** The element children of {@code parent} with JSL name {@code name} (any name when null). */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isJsl(e) && (name == null || name.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    /** Every JSL element named {@code name} in the document, in document order. */
    static List<Element> all(Document doc, String name) {
        List<Element> found = new ArrayList<>();
        collect(doc.getDocumentElement(), name, found);
        return found;
    }

    private static void collect(Element e, String name, List<Element> found) {
        if (isJsl(e) && name.equals(e.getLocalName())) {
            found.add(e);
        }
        for (Element c : children(e, null)) {
            collect(c, name, found);
        }
    }

    /** A JSL element: in the job's own namespace, not in an extension's. */
    static boolean isJsl(Element e) {
        String ns = e.getNamespaceURI();
        String jobNs = e.getOwnerDocument().getDocumentElement().getNamespaceURI();
        return ns == null ? jobNs == null : ns.equals(jobNs);
    }

    /** The attribute, or empty when absent or blank. */
    static Optional<String> attribute(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** The value of the named {@code <property>} in the element's {@code <properties>}. */
    static Optional<String> property(Element e, String name) {
        return child(e, "properties").stream().flatMap(p -> children(p, "property").stream())
                .filter(p -> name.equals(p.getAttribute("name"))).map(p -> p.getAttribute("value")).findFirst();
    }

    /** A new JSL element in the job's namespace. */
    static Element create(Document doc, String name) {
        Element job = doc.getDocumentElement();
        String prefix = job.getPrefix();
        return doc.createElementNS(job.getNamespaceURI(), prefix == null ? name : prefix + ":" + name);
    }
}
