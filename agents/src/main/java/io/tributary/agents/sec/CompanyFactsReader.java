package io.tributary.agents.sec;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.agents.sec.internal.JsonFiles;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the SEC XBRL companyfacts API response ({@code facts.<taxonomy>.<Concept>.units.USD[]},
 * each entry with {@code start}, {@code end}, {@code val}, {@code accn}, {@code fy}, {@code fp},
 * {@code form}, {@code filed}). Only USD amounts are kept: they are what the financial analysis
 * compares across years. A file of another shape is refused with what was expected.
 */
public final class CompanyFactsReader {

    private static final String SHAPE = "the SEC companyfacts API response (facts.us-gaap.<Concept>.units.USD[])";

    /** Reads one companyfacts file of the dossier. */
    public CompanyFacts read(Dossier dossier, Path file) {
        String name = dossier.relative(file);
        JsonNode root = JsonFiles.read(dossier, file);
        if (!root.isObject()) {
            throw new SourceException(name, "is a JSON " + root.getNodeType().name().toLowerCase()
                    + ", not an object; expected " + SHAPE);
        }
        JsonNode taxonomies = JsonFiles.object(name, root, "facts", SHAPE);
        List<ReportedFact> facts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> taxonomy : taxonomies.properties()) {
            if (!taxonomy.getKey().equals("dei") && taxonomy.getValue().isObject()) {
                readTaxonomy(name, taxonomy.getKey(), taxonomy.getValue(), facts);
            }
        }
        return new CompanyFacts(name, JsonFiles.text(root, "cik"), JsonFiles.text(root, "entityName"), facts);
    }

    private static void readTaxonomy(String file, String taxonomy, JsonNode concepts, List<ReportedFact> out) {
        for (Map.Entry<String, JsonNode> concept : concepts.properties()) {
            JsonNode usd = concept.getValue().path("units").path("USD");
            if (!usd.isArray()) {
                continue;
            }
            String qualified = taxonomy + ":" + concept.getKey();
            for (int i = 0; i < usd.size(); i++) {
                out.add(fact(file, qualified, usd.get(i), qualified + " units.USD[" + i + "]"));
            }
        }
    }

    private static ReportedFact fact(String file, String concept, JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw new SourceException(file, where + " is not an object; expected " + SHAPE);
        }
        LocalDate end = JsonFiles.date(file, entry, "end", where);
        if (end == null) {
            throw new SourceException(file, where + ": 'end' is missing");
        }
        BigDecimal value = JsonFiles.number(file, entry, "val", where);
        String accession = JsonFiles.text(entry, "accn");
        JsonNode fy = entry.get("fy");
        int filingYear = fy != null && fy.canConvertToInt() ? fy.asInt() : 0;
        return new ReportedFact(concept, JsonFiles.date(file, entry, "start", where), end, value, "USD",
                JsonFiles.text(entry, "form"), JsonFiles.text(entry, "fp"), filingYear,
                accession.isEmpty() ? file : accession, JsonFiles.date(file, entry, "filed", where),
                "accn " + accession, value.toPlainString());
    }
}
