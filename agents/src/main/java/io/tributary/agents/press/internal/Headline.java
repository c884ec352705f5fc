package io.tributary.agents.press.internal;

/**
 * One data row of a press CSV.
 *
 * @param file   the file, relative to the dossier root ({@code press/news.csv})
 * @param row    the data row number, 1 for the first row after the header
 * @param date   the date as written, or empty
 * @param text   the headline
 * @param source who published it, or empty
 */
public record Headline(String file, int row, String date, String text, String source) {

    /** The evidence locator of this row. */
    public String locator() {
        return "row " + row;
    }
}
