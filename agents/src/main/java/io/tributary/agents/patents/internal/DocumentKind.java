package io.tributary.agents.patents.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of a US patent document, from the WIPO ST.16 kind code that ends its USPTO document
 * id ({@code US-11933660-B2}): B1/B2 utility grants, A1/A2/A9 pre-grant publications of
 * applications, S design patents, P plant patents (P2/P3 granted, P1/P4/P9 published), E
 * reissues. When the id has no kind code, the document number decides: {@code D} designs,
 * {@code PP} plants, {@code RE} reissues, eleven digits starting with a year for applications
 * (year and serial, {@code 20240085203}), shorter numbers for utility grants.
 */
public enum DocumentKind {
    GRANT("utility patent grant"),
    APPLICATION("published application"),
    DESIGN("design patent"),
    PLANT("plant patent"),
    REISSUE("reissued patent"),
    OTHER("other document");

    private static final Pattern DOCUMENT_ID = Pattern.compile("(?i)^[A-Z]{2}-([A-Z]*\\d+)-([A-Z]\\d?)$");
    private static final Pattern APPLICATION_NUMBER = Pattern.compile("^(19|20)\\d{9}$");
    private static final Pattern GRANT_NUMBER = Pattern.compile("^\\d{1,8}$");

    private final String description;

    DocumentKind(String description) {
        this.description = description;
    }

    /** In words, for claims. */
    public String description() {
        return description;
    }

    /** The kind of a document, from its id's kind code or else its number. */
    public static DocumentKind of(String documentId, String patentNumber) {
        Matcher id = DOCUMENT_ID.matcher(documentId.trim());
        if (id.matches()) {
            DocumentKind byCode = byKindCode(id.group(2).toUpperCase(Locale.ROOT));
            if (byCode != OTHER) {
                return byCode;
            }
        }
        String number = patentNumber.isBlank() && id.matches() ? id.group(1) : patentNumber;
        return byNumber(number.trim().toUpperCase(Locale.ROOT));
    }

    private static DocumentKind byKindCode(String code) {
        return switch (code) {
            case "B1", "B2" -> GRANT;
            case "A1", "A2", "A9" -> APPLICATION;
            case "S", "S1" -> DESIGN;
            case "P1", "P2", "P3", "P4", "P9" -> PLANT;
            case "E", "E1" -> REISSUE;
            default -> OTHER;
        };
    }

    private static DocumentKind byNumber(String number) {
        if (number.startsWith("D")) {
            return DESIGN;
        }
        if (number.startsWith("PP")) {
            return PLANT;
        }
        if (number.startsWith("RE")) {
            return REISSUE;
        }
        if (APPLICATION_NUMBER.matcher(number).matches()) {
            return APPLICATION;
        }
        return GRANT_NUMBER.matcher(number).matches() ? GRANT : OTHER;
    }
}
