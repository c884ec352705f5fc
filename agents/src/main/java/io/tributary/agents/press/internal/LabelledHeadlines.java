package io.tributary.agents.press.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.tributary.agents.press.Sentiment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the twitter-financial-news dataset ({@code text,label} with 0 = bearish, 1 = bullish,
 * 2 = neutral). The training split ships as a resource; the validation split is kept out of the
 * main artefact so nothing can train on it by mistake.
 */
public final class LabelledHeadlines {

    /** The training split, on the class path next to this class. */
    public static final String TRAINING_SPLIT = "twitter-financial-news/sent_train.csv";

    private static final ObjectReader ROWS = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build()
            .readerFor(String[].class);

    private LabelledHeadlines() {
    }

    /** The training split shipped with the agent. */
    public static List<LabelledHeadline> trainingSplit() {
        try (InputStream in = LabelledHeadlines.class.getResourceAsStream(TRAINING_SPLIT)) {
            if (in == null) {
                throw new IllegalStateException("Training data " + TRAINING_SPLIT + " is missing from the class path");
            }
            return read(in, TRAINING_SPLIT);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read training data " + TRAINING_SPLIT, e);
        }
    }

    /** Every row of a dataset file; {@code name} is used in error messages. */
    public static List<LabelledHeadline> read(InputStream in, String name) throws IOException {
        List<LabelledHeadline> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = ROWS.readValues(in)) {
            String[] header = it.nextValue();
            if (header == null || header.length != 2 || !"text".equals(header[0]) || !"label".equals(header[1])) {
                throw new IOException(name + " has no header line text,label");
            }
            int row = 0;
            while (it.hasNextValue()) {
                String[] fields = it.nextValue();
                row++;
                if (fields.length != 2) {
                    throw new IOException(name + " row " + row + " has " + fields.length + " fields, expected 2");
                }
                rows.add(new LabelledHeadline(fields[0], sentiment(fields[1].trim(), name, row)));
            }
        }
        return rows;
    }

    private static Sentiment sentiment(String label, String name, int row) throws IOException {
        return switch (label) {
            case "0" -> Sentiment.BEARISH;
            case "1" -> Sentiment.BULLISH;
            case "2" -> Sentiment.NEUTRAL;
            default -> throw new IOException(name + " row " + row + " has label '" + label + "', expected 0, 1 or 2");
        };
    }
}
