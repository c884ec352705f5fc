package io.tributary.core.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a dossier directory and reads its {@code target.json}. */
public final class DossierTarget {

    /** Largest target.json read: it holds three short fields. */
    static final long MAX_TARGET_BYTES = 64 * 1024;

    private DossierTarget() {
    }

    /** The target of the dossier at {@code dossier}, or an error naming the path and the problem. */
    public static Target read(Path dossier) {
        if (!Files.exists(dossier)) {
            throw new InvalidInputException("Dossier " + dossier + " does not exist");
        }
        if (!Files.isDirectory(dossier)) {
            throw new InvalidInputException("Dossier " + dossier + " is not a directory");
        }
        if (!Files.isReadable(dossier)) {
            throw new InvalidInputException("Dossier " + dossier + " is not readable");
        }
        Path file = dossier.resolve("target.json");
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("Dossier " + dossier + " has no target.json; create one like"
                    + " {\"name\": \"Tesla, Inc.\", \"cik\": \"0001318605\", \"ticker\": \"TSLA\"}");
        }
        try {
            if (Files.size(file) > MAX_TARGET_BYTES) {
                throw new InvalidInputException(file + " is larger than " + MAX_TARGET_BYTES + " bytes");
            }
            JsonNode json = new ObjectMapper().readTree(Files.readAllBytes(file));
            if (json == null || !json.isObject()) {
                throw new InvalidInputException(file + " must hold a JSON object with at least \"name\"");
            }
            String name = text(json, "name");
            if (name.isBlank()) {
                throw new InvalidInputException(file + " has no \"name\" of the target company");
            }
            String cik = text(json, "cik");
            if (!cik.isEmpty() && !cik.matches("\\d{1,10}")) {
                throw new InvalidInputException(file + ": \"cik\" must be up to 10 digits, was '" + cik + "'");
            }
            String padded = cik.isEmpty() ? "" : "0".repeat(10 - cik.length()) + cik;
            return new Target(name.trim(), padded, text(json, "ticker").trim());
        } catch (IOException e) {
            throw new InvalidInputException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
