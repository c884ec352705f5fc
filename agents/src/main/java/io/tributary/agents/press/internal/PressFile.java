package io.tributary.agents.press.internal;

import io.tributary.api.agent.SourceProblem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The usable rows of one press CSV and the rows that had to be skipped.
 *
 * @param file      relative to the dossier root
 * @param rowCount  data rows in the file, usable or not (the header is not counted)
 * @param headlines the usable rows, in file order
 * @param skipped   the rows that could not be used, in file order
 */
public record PressFile(String file, int rowCount, List<Headline> headlines, List<SkippedRow> skipped) {

    private static final int PROBLEMS_SHOWN = 5;

    /** A data row that could not be used, and why ({@code has no headline}). */
    public record SkippedRow(int row, String reason) {
    }

    public PressFile {
        headlines = List.copyOf(headlines);
        skipped = List.copyOf(skipped);
    }

    /** The usable rows numbered {@code first} to {@code last}, both included. */
    public List<Headline> rows(int first, int last) {
        return headlines.stream().filter(h -> h.row() >= first && h.row() <= last).toList();
    }

    /**
     * What is wrong with rows {@code first} to {@code last}, as one problem for the report: the
     * skipped rows among them, or a file without any data row.
     */
    public Optional<SourceProblem> problem(int first, int last) {
        if (rowCount == 0) {
            return Optional.of(new SourceProblem(file, "has a header line but no headlines"));
        }
        List<SkippedRow> inRange = skipped.stream().filter(s -> s.row() >= first && s.row() <= last).toList();
        if (inRange.isEmpty()) {
            return Optional.empty();
        }
        String shown = inRange.stream().limit(PROBLEMS_SHOWN)
                .map(s -> "row " + s.row() + " " + s.reason())
                .collect(Collectors.joining("; "));
        String more = inRange.size() > PROBLEMS_SHOWN ? " and " + (inRange.size() - PROBLEMS_SHOWN) + " more" : "";
        return Optional.of(new SourceProblem(file, inRange.size() + " rows skipped: " + shown + more));
    }
}
