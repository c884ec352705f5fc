package io.tributary.agents.patents.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.ParseErrors;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads USPTO Patent Public Search result JSON ({@code {"numFound": n, "docs": [{"documentId",
 * "datePublished", "title", "patentNumber", "inventors", "pageCount"}, ...]}}). A document
 * without an id or a publication date is skipped and reported; a file without a {@code docs}
 * array is not a search result and is refused whole.
 */
public final class UsptoSearchReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dossier dossier;

    public UsptoSearchReader(Dossier dossier) {
        this.dossier = dossier;
    }

    /**
     * Reads one file.
     *
     * @throws SourceException if the file is too large, not UTF-8, not JSON, or has no docs array
     */
    public UsptoSearch read(Path file) {
        String name = dossier.relative(file);
        JsonNode root;
        try {
            root = JSON.readTree(dossier.text(file));
        } catch (JsonProcessingException e) {
            throw new SourceException(name, ParseErrors.json(e), e);
        }
        if (root == null || !root.path("docs").isArray()) {
            throw new SourceException(name, "has no docs array; expected a USPTO Patent Public Search result");
        }
        List<PatentDocument> documents = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        JsonNode docs = root.get("docs");
        for (int i = 0; i < docs.size(); i++) {
            JsonNode doc = docs.get(i);
            Optional<PatentDocument> read = document(name, doc);
            if (read.isPresent()) {
                documents.add(read.get());
            } else {
                skipped.add("docs[" + i + "] " + whyUnreadable(doc));
            }
        }
        JsonNode numFound = root.path("numFound");
        return new UsptoSearch(name, numFound.canConvertToInt() ? OptionalInt.of(numFound.asInt()) : OptionalInt.empty(),
                documents, skipped);
    }

    private static Optional<PatentDocument> document(String file, JsonNode doc) {
        String id = text(doc, "documentId");
        Optional<LocalDate> published = date(text(doc, "datePublished"));
        if (id.isEmpty() || published.isEmpty()) {
            return Optional.empty();
        }
        String number = text(doc, "patentNumber");
        return Optional.of(new PatentDocument(file, id, published.get(), text(doc, "title"), number,
                text(doc, "inventors"), doc.path("pageCount").asInt(0), DocumentKind.of(id, number)));
    }

    private static String whyUnreadable(JsonNode doc) {
        if (!doc.isObject()) {
            return "is not an object";
        }
        if (text(doc, "documentId").isEmpty()) {
            return "has no documentId";
        }
        return "has no datePublished of the form yyyy-mm-dd (found '" + text(doc, "datePublished") + "')";
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText().trim() : "";
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value.length() < 10 ? Optional.empty() : Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
