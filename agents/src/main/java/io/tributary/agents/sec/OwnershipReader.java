package io.tributary.agents.sec;

import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SafeXml;
import io.tributary.agents.source.SourceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the XML of SEC ownership forms 3, 4 and 5 ({@code <ownershipDocument>}) with the
 * hardened parser: reporting owners with their relationship, and the transactions of the
 * non-derivative and derivative tables.
 */
public final class OwnershipReader {

    /** Reads one ownership XML file of the dossier. */
    public OwnershipFiling read(Dossier dossier, Path file) {
        String name = dossier.relative(file);
        Document xml = SafeXml.parse(name, dossier.bytes(file));
        Element root = xml.getDocumentElement();
        if (!root.getTagName().equals("ownershipDocument")) {
            throw new SourceException(name, "has root element <" + root.getTagName()
                    + ">; expected <ownershipDocument> of an SEC Form 3, 4 or 5");
        }
        List<ReportingOwner> owners = new ArrayList<>();
        for (Element owner : children(root, "reportingOwner")) {
            owners.add(owner(owner));
        }
        if (owners.isEmpty()) {
            throw new SourceException(name, "has no <reportingOwner>; an ownership form names who reports");
        }
        List<InsiderTransaction> transactions = new ArrayList<>();
        for (Element t : descendants(root, "nonDerivativeTransaction")) {
            transactions.add(transaction(name, t, false));
        }
        for (Element t : descendants(root, "derivativeTransaction")) {
            transactions.add(transaction(name, t, true));
        }
        Element issuer = child(root, "issuer");
        return new OwnershipFiling(name, text(child(root, "documentType")),
                date(name, text(child(root, "periodOfReport")), "periodOfReport"),
                issuer == null ? "" : text(child(issuer, "issuerName")), owners, transactions);
    }

    private static ReportingOwner owner(Element owner) {
        Element id = child(owner, "reportingOwnerId");
        Element relation = child(owner, "reportingOwnerRelationship");
        return new ReportingOwner(text(child(id, "rptOwnerCik")), text(child(id, "rptOwnerName")),
                flag(child(relation, "isDirector")), flag(child(relation, "isOfficer")),
                flag(child(relation, "isTenPercentOwner")), text(child(relation, "officerTitle")));
    }

    private static InsiderTransaction transaction(String file, Element t, boolean derivative) {
        String where = (derivative ? "derivative" : "non-derivative") + " transaction";
        Element coding = child(t, "transactionCoding");
        Element amounts = child(t, "transactionAmounts");
        String shares = value(child(amounts, "transactionShares"));
        String price = value(child(amounts, "transactionPricePerShare"));
        String direction = value(child(amounts, "transactionAcquiredDisposedCode"));
        if (shares.isEmpty()) {
            throw new SourceException(file, where + " has no transactionShares value");
        }
        return new InsiderTransaction(value(child(t, "securityTitle")),
                date(file, value(child(t, "transactionDate")), where + " transactionDate"),
                text(child(coding, "transactionCode")), number(file, shares, where + " shares"),
                price.isEmpty() ? null : number(file, price, where + " price"), direction.equals("A"), derivative);
    }

    private static BigDecimal number(String file, String text, String what) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new SourceException(file, what + " is not a number: '" + text + "'", e);
        }
    }

    private static LocalDate date(String file, String text, String what) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new SourceException(file, what + " is not a date (yyyy-MM-dd): '" + text + "'", e);
        }
    }

    private static boolean flag(Element element) {
        String text = text(element);
        return text.equals("1") || text.equalsIgnoreCase("true");
    }

    private static String value(Element element) {
        Element value = child(element, "value");
        return value == null ? text(element) : text(value);
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = parent == null ? List.of() : children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String name) {
        NodeList nodes = root.getElementsByTagName(name);
        List<Element> found = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
