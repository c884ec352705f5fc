package io.tributary.agents.patents.internal;

import java.time.LocalDate;

/**
 * One document of a USPTO search result.
 *
 * @param file         the dossier file it was read from
 * @param documentId   USPTO document id with kind code ({@code US-11933660-B2})
 * @param published    publication date
 * @param title        title as published (may be all capitals), or empty
 * @param patentNumber grant, application or design number as given, or empty
 * @param inventors    the inventors field as given ({@code Aina; Akin et al.}), or empty
 * @param pageCount    pages, or 0 if not given
 * @param kind         grant, application, design, ...
 */
public record PatentDocument(String file, String documentId, LocalDate published, String title,
        String patentNumber, String inventors, int pageCount, DocumentKind kind) {

    /**
     * The first-named inventor ("Last; First"), without the "et al." the search adds when there
     * are more; empty if none is named.
     */
    public String leadInventor() {
        return inventors.replaceAll("(?i)\\s*,?\\s*et\\s+al\\.?\\s*$", "").replaceAll("\\s+", " ").trim();
    }
}
