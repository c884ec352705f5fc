package io.tributary.agents.patents.internal;

import java.util.List;
import java.util.OptionalInt;

/**
 * One USPTO Patent Public Search result file.
 *
 * @param file      relative to the dossier root
 * @param numFound  how many documents the search matched in all, if the file says (a result
 *                  page holds only some of them)
 * @param documents the documents the file holds that could be read
 * @param skipped   one line per document that could not be read
 */
public record UsptoSearch(String file, OptionalInt numFound, List<PatentDocument> documents, List<String> skipped) {
    public UsptoSearch {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }
}
