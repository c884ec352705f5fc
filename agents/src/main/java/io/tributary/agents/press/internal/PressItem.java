package io.tributary.agents.press.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One work item of the press agent: a range of data rows of one press file
 * ({@code press/news.csv#rows=1-500}), or a whole file ({@code press/news.csv}) when the file
 * could not be read to count its rows, so that analysing the item reports why.
 *
 * @param file     relative to the dossier root
 * @param firstRow first data row, from 1
 * @param lastRow  last data row, included; {@link Integer#MAX_VALUE} for a whole file
 */
public record PressItem(String file, int firstRow, int lastRow) {

    private static final Pattern KEY = Pattern.compile("([^#]+)(?:#rows=(\\d{1,9})-(\\d{1,9}))?");

    public PressItem {
        if (firstRow < 1 || lastRow < firstRow) {
            throw new IllegalArgumentException("Invalid row range " + firstRow + "-" + lastRow + " of " + file);
        }
    }

    /** The whole of {@code file}. */
    public static PressItem wholeFile(String file) {
        return new PressItem(file, 1, Integer.MAX_VALUE);
    }

    /** True when the item covers the whole file. */
    public boolean isWholeFile() {
        return firstRow == 1 && lastRow == Integer.MAX_VALUE;
    }

    /** The item key, as returned by the agent's {@code items}. */
    public String key() {
        return isWholeFile() ? file : file + "#rows=" + firstRow + "-" + lastRow;
    }

    /** The item of a key made by {@link #key()}, or empty if the key has another form. */
    public static Optional<PressItem> parse(String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(wholeFile(m.group(1)));
        }
        int first = Integer.parseInt(m.group(2));
        int last = Integer.parseInt(m.group(3));
        return first >= 1 && last >= first ? Optional.of(new PressItem(m.group(1), first, last)) : Optional.empty();
    }

    /** Consecutive batches of at most {@code batchSize} rows covering rows 1 to {@code rowCount}. */
    public static List<PressItem> batches(String file, int rowCount, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (rowCount == 0) {
            return List.of(wholeFile(file));
        }
        List<PressItem> items = new ArrayList<>();
        for (int first = 1; first <= rowCount; first += batchSize) {
            items.add(new PressItem(file, first, (int) Math.min((long) first + batchSize - 1, rowCount)));
        }
        return items;
    }
}
