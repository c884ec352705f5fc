package io.tributary.agents.sec;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An EDGAR full-submission {@code .txt} file: the SGML header and every document of one filing.
 *
 * @param file            the dossier file, relative to the dossier root
 * @param accessionNumber from the header's {@code ACCESSION NUMBER}
 * @param formType        from {@code CONFORMED SUBMISSION TYPE}, such as {@code 8-K}
 * @param filed           from {@code FILED AS OF DATE}, or null if absent
 * @param companyName     from {@code COMPANY CONFORMED NAME}, or empty
 * @param itemInformation the {@code ITEM INFORMATION} lines (8-K item titles), in order
 * @param documents       the documents, in order
 */
public record FullSubmission(String file, String accessionNumber, String formType, LocalDate filed,
        String companyName, List<String> itemInformation, List<SubmissionDocument> documents) {

    public FullSubmission {
        itemInformation = List.copyOf(itemInformation);
        documents = List.copyOf(documents);
    }

    /** The main document (sequence 1, or the first one). */
    public Optional<SubmissionDocument> primary() {
        return documents.stream().filter(d -> d.sequence() == 1).findFirst()
                .or(() -> documents.stream().findFirst());
    }
}
