package io.tributary.agents.sec;

/**
 * An 8-K item heading found in a filing's text.
 *
 * @param code   the item code, such as {@code 4.02}
 * @param title  the item's official title
 * @param offset where the heading starts in the text
 * @param passage the text under the heading, bounded in length, for evidence
 */
public record ItemMention(String code, String title, int offset, String passage) {
}
