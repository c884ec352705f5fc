package io.tributary.agents.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.InvalidInputException;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.RunInput;
import io.tributary.api.run.RunIntake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * The intake of the due-diligence job: the job property {@value #DOSSIER} names a dossier
 * directory, whose {@code target.json} names the company. The run's subject is that company
 * (key: its CIK, else its name in lower case; attributes {@code cik} and {@code ticker}); its
 * input is the dossier directory.
 */
@ApplicationScoped
@Named("dossier")
public class DossierIntake implements RunIntake {

    /** The job property (usually a job parameter) holding the dossier path. */
    public static final String DOSSIER = "dossier";

    /** Largest target.json read: it holds three short fields. */
    static final long MAX_TARGET_BYTES = 64 * 1024;
    /** Longest target name: the name is the target's key in the store when it has no CIK. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest ticker the store keeps. */
    public static final int MAX_TICKER_LENGTH = 20;
    /** Reads target.json; a mapper is safe to share once configured, and costly to make per run. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RunInput open(Map<String, String> properties) {
        Path dossier = dossier(properties.get(DOSSIER));
        return new RunInput(read(dossier).subject(), new AgentInput.Directory(dossier));
    }

    private static Path dossier(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(
                    "Job parameter 'dossier' is required: the path of the dossier directory (dossier=/path/to/dossier)");
        }
        try {
            return Path.of(raw.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidInputException("Job parameter 'dossier' is not a valid path: '" + raw + "'", e);
        }
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
        JsonNode json = parse(file, confined(dossier, file));
        if (json == null || !json.isObject()) {
            throw new InvalidInputException(file + " must hold a JSON object with at least \"name\"");
        }
        String name = text(json, "name").trim();
        if (name.isEmpty()) {
            throw new InvalidInputException(file + " has no \"name\" of the target company");
        }
        String ticker = text(json, "ticker").trim();
        within(file, "name", name, MAX_NAME_LENGTH);
        within(file, "ticker", ticker, MAX_TICKER_LENGTH);
        String cik = text(json, "cik");
        if (!cik.isEmpty() && !cik.matches("\\d{1,10}")) {
            throw new InvalidInputException(file + ": \"cik\" must be up to 10 digits");
        }
        String padded = cik.isEmpty() ? "" : "0".repeat(10 - cik.length()) + cik;
        return new Target(name, padded, ticker);
    }

    private static void within(Path file, String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(file + ": \"" + field + "\" is " + value.length()
                    + " characters long, longer than the limit of " + max);
        }
    }

    /**
     * The real path of {@code target.json}, which must be a regular file whose real path stays
     * inside the dossier's: a link to a file elsewhere is refused without reading it.
     */
    private static Path confined(Path dossier, Path file) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidInputException("Dossier " + dossier + " has no target.json; create one like"
                        + " {\"name\": \"Tesla, Inc.\", \"cik\": \"0001318605\", \"ticker\": \"TSLA\"}");
            }
            if (Files.isSymbolicLink(file) && (!Files.exists(file)
                    || !file.toRealPath().startsWith(dossier.toRealPath()))) {
                throw new InvalidInputException(file + " is a symbolic link that leads outside the dossier;"
                        + " it was not read");
            }
            Path real = file.toRealPath();
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidInputException(file + " is not a regular file");
            }
            if (Files.size(real) > MAX_TARGET_BYTES) {
                throw new InvalidInputException(file + " is larger than " + MAX_TARGET_BYTES + " bytes");
            }
            return real;
        } catch (IOException e) {
            throw new InvalidInputException(file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The JSON of the file; a parse error names the place, never the text found there. */
    private static JsonNode parse(Path file, Path real) {
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            return JSON.readTree(in.readNBytes((int) MAX_TARGET_BYTES + 1));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + " " + ParseErrors.json(e), e);
        } catch (IOException e) {
            throw new InvalidInputException(file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
