package io.tributary.agents.press.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.ParseErrors;
import io.tributary.agents.source.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the dossier's press CSV files (header {@code date,headline,source}). The header is checked
 * strictly, because a CSV with other columns (a sentiment dataset, an export with the headline in
 * another place) would otherwise be read as headlines silently. A row that cannot be used costs
 * that row only; a file that cannot be parsed costs that file only.
 */
public final class PressCsv {

    /** The folder of the dossier that holds press coverage. */
    public static final String FOLDER = "press";
    /** The only header a press CSV may have, in this order (case-insensitive). */
    public static final List<String> HEADER = List.of("date", "headline", "source");

    private static final Set<String> EXTENSIONS = Set.of("csv");
    private static final ObjectReader ROWS = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build()
            .readerFor(String[].class);

    private final Dossier dossier;

    public PressCsv(Dossier dossier) {
        this.dossier = dossier;
    }

    /** The press CSV files of the dossier, sorted by name; empty when there is no press folder. */
    public List<Path> files() {
        return dossier.files(FOLDER, EXTENSIONS);
    }

    /** True when the dossier has a press folder (a link out of the dossier does not count). */
    public boolean hasFolder() {
        return dossier.hasFolder(FOLDER);
    }

    /**
     * The press file of a dossier-relative name, as {@link #files()} would list it: a CSV file
     * directly in the press folder, or the press folder itself when it is a link that leads out
     * of the dossier (reading it then reports that). Empty for any other name.
     */
    public Optional<Path> file(String name) {
        Path folder = dossier.resolve(FOLDER);
        Path path = dossier.resolve(name);
        boolean csv = folder.equals(path.getParent()) && EXTENSIONS.contains(Dossier.extension(path));
        boolean linkedFolder = path.equals(folder) && !dossier.hasFolder(FOLDER);
        return (csv || linkedFolder) && Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path)
                : Optional.empty();
    }

    /** The dossier-relative name of a press file. */
    public String name(Path file) {
        return dossier.relative(file);
    }

    /**
     * Reads one file.
     *
     * @throws SourceException when the file is too large, not UTF-8, empty, has another header or
     *                         is not valid CSV
     */
    public PressFile read(Path file) {
        String name = dossier.relative(file);
        String text = dossier.text(file);
        if (text.isBlank()) {
            throw new SourceException(name, "is empty; a press file needs the header line date,headline,source");
        }
        try (MappingIterator<String[]> rows = ROWS.readValues(text)) {
            checkHeader(name, rows.next());
            return readRows(name, rows);
        } catch (IOException | RuntimeJsonMappingException e) {
            throw new SourceException(name, describe(e), e);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof RuntimeJsonMappingException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof JsonProcessingException json) {
            return ParseErrors.csv(json);
        }
        return "cannot be read as CSV (" + cause.getClass().getSimpleName() + ")";
    }

    private static void checkHeader(String name, String[] header) {
        List<String> found = Arrays.stream(header).map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        if (!found.equals(HEADER)) {
            throw new SourceException(name, "has no header line date,headline,source (its first line is '"
                    + String.join(",", header) + "')");
        }
    }

    private static PressFile readRows(String name, MappingIterator<String[]> rows) throws IOException {
        List<Headline> headlines = new ArrayList<>();
        List<PressFile.SkippedRow> skipped = new ArrayList<>();
        int row = 0;
        while (rows.hasNextValue()) {
            String[] fields = rows.nextValue();
            row++;
            if (fields.length < 2 || fields.length > HEADER.size()) {
                skipped.add(new PressFile.SkippedRow(row,
                        "has " + fields.length + " fields, expected 3 (date,headline,source)"));
            } else if (fields[1].isBlank()) {
                skipped.add(new PressFile.SkippedRow(row, "has no headline"));
            } else {
                String source = fields.length > 2 ? fields[2].trim() : "";
                headlines.add(new Headline(name, row, fields[0].trim(), fields[1].trim(), source));
            }
        }
        return new PressFile(name, row, headlines, skipped);
    }
}
