package io.tributary.agents.sec.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.ParseErrors;
import io.tributary.agents.source.SourceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads dossier JSON with Jackson and turns every way it can be wrong (not JSON, not the expected
 * shape, a bad date or number) into a {@link SourceException} that names the file and the place.
 */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {
    }

    /** The parsed tree of a dossier file (bounded and strictly UTF-8, through the dossier). */
    public static JsonNode read(Dossier dossier, Path file) {
        String name = dossier.relative(file);
        String text = dossier.text(file);
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new SourceException(name, "is empty; expected a JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new SourceException(name, ParseErrors.json(e), e);
        }
    }

    /** A child object that must be there. */
    public static JsonNode object(String file, JsonNode parent, String field, String expected) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new SourceException(file, "has no '" + field + "' object; expected " + expected);
        }
        return node;
    }

    /** A text field, or empty when absent or null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** A date field (yyyy-MM-dd), or null when absent or empty. */
    public static LocalDate date(String file, JsonNode node, String field, String where) {
        String value = text(node, field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new SourceException(file, where + ": '" + field + "' is not a date (yyyy-MM-dd): '" + value + "'", e);
        }
    }

    /** A number field that must be there. */
    public static BigDecimal number(String file, JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new SourceException(file, where + ": '" + field + "' is missing or not a number");
        }
        return value.decimalValue();
    }
}
