package io.tributary.agents.sec;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.agents.sec.internal.JsonFiles;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the SEC submissions API response. Its {@code filings.recent} object holds parallel arrays
 * ({@code form[i]}, {@code filingDate[i]}, {@code accessionNumber[i]}, {@code items[i]},
 * {@code primaryDocument[i]}); arrays of different lengths mean a damaged file and are refused.
 * Item lists are kept only where they are 8-K item codes ({@code 5.02}): EDGAR puts other values
 * in that field for other forms.
 */
public final class SubmissionsReader {

    private static final String SHAPE = "the SEC submissions API response (filings.recent with form, "
            + "filingDate, accessionNumber, items, primaryDocument arrays)";
    private static final Pattern ITEM_CODE = Pattern.compile("\\d{1,2}\\.\\d{2}");

    /** True when a parsed JSON tree looks like a submissions response rather than another SEC file. */
    public static boolean looksLikeSubmissions(JsonNode root) {
        return root.path("filings").path("recent").isObject();
    }

    /** Reads one submissions file of the dossier. */
    public Submissions read(Dossier dossier, Path file) {
        return read(dossier.relative(file), JsonFiles.read(dossier, file));
    }

    /** Reads an already parsed submissions tree of dossier file {@code file}. */
    public Submissions read(String file, JsonNode root) {
        if (!root.isObject()) {
            throw new SourceException(file, "is not a JSON object; expected " + SHAPE);
        }
        JsonNode recent = JsonFiles.object(file, JsonFiles.object(file, root, "filings", SHAPE), "recent", SHAPE);
        JsonNode forms = array(file, recent, "form");
        JsonNode dates = array(file, recent, "filingDate");
        JsonNode accessions = array(file, recent, "accessionNumber");
        JsonNode items = recent.has("items") ? array(file, recent, "items") : null;
        JsonNode documents = recent.has("primaryDocument") ? array(file, recent, "primaryDocument") : null;
        int count = forms.size();
        for (JsonNode column : Arrays.asList(dates, accessions, items, documents)) {
            if (column != null && column.size() != count) {
                throw new SourceException(file, "filings.recent arrays differ in length (" + count + " forms, "
                        + column.size() + " in another array); the file is damaged");
            }
        }
        List<Filing> filings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String where = "filings.recent[" + i + "]";
            LocalDate date = dateAt(file, dates, i, where);
            filings.add(new Filing(forms.get(i).asText(), date, accessions.get(i).asText(),
                    itemCodes(items == null ? "" : items.get(i).asText()),
                    documents == null ? "" : documents.get(i).asText()));
        }
        return new Submissions(file, JsonFiles.text(root, "cik"), JsonFiles.text(root, "name"), filings);
    }

    private static JsonNode array(String file, JsonNode recent, String field) {
        JsonNode node = recent.get(field);
        if (node == null || !node.isArray()) {
            throw new SourceException(file, "filings.recent has no '" + field + "' array; expected " + SHAPE);
        }
        return node;
    }

    private static LocalDate dateAt(String file, JsonNode dates, int i, String where) {
        String text = dates.get(i).asText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new SourceException(file, where + ": filingDate is not a date (yyyy-MM-dd): '" + text + "'", e);
        }
    }

    private static List<String> itemCodes(String items) {
        List<String> codes = new ArrayList<>();
        for (String part : items.split(",")) {
            String code = part.strip();
            if (ITEM_CODE.matcher(code).matches()) {
                codes.add(code);
            }
        }
        return codes;
    }
}
