package io.tributary.agents.sec;

/**
 * A part of a filing's text that starts at an "Item N." heading.
 *
 * @param item    the item number as written, upper case, such as {@code 1A} or {@code 10}
 * @param heading the heading line, such as {@code Item 1A. Risk Factors}
 * @param start   offset of the heading in the text
 * @param end     offset where the next heading starts (or the text ends)
 */
public record Section(String item, String heading, int start, int end) {

    /** Length of the section in characters. */
    public int length() {
        return end - start;
    }
}
