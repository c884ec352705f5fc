package io.tributary.agents.patents.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The patent documents of a dossier, from all its search files, each document once (the first
 * file that holds it wins), newest first.
 *
 * @param searches  the files read
 * @param documents the distinct documents
 */
public record Portfolio(List<UsptoSearch> searches, List<PatentDocument> documents) {

    public Portfolio {
        searches = List.copyOf(searches);
        documents = List.copyOf(documents);
    }

    /** The distinct documents of {@code searches}. */
    public static Portfolio of(List<UsptoSearch> searches) {
        Map<String, PatentDocument> byId = new LinkedHashMap<>();
        searches.forEach(s -> s.documents().forEach(d -> byId.putIfAbsent(d.documentId(), d)));
        List<PatentDocument> documents = new ArrayList<>(byId.values());
        documents.sort(Comparator.comparing(PatentDocument::published).reversed()
                .thenComparing(PatentDocument::documentId));
        return new Portfolio(searches, documents);
    }

    /** Documents the searches matched in all, when every file says; at least the documents held. */
    public OptionalInt numFound() {
        if (searches.isEmpty() || searches.stream().anyMatch(s -> s.numFound().isEmpty())) {
            return OptionalInt.empty();
        }
        int found = searches.stream().mapToInt(s -> s.numFound().getAsInt()).sum();
        return OptionalInt.of(Math.max(found, documents.size()));
    }

    /** True when the files hold only part of what their searches matched. */
    public boolean isSample() {
        return numFound().isPresent() && numFound().getAsInt() > documents.size();
    }

    /** The dossier files the documents come from, in order. */
    public List<String> files() {
        return searches.stream().map(UsptoSearch::file).toList();
    }
}
