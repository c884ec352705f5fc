package io.tributary.agents.regulatory.internal;

import java.util.List;

/**
 * One occurrence of a risk term, with the sentence around it.
 *
 * @param offset     where the term stands in the text
 * @param where      the section heading it falls under
 * @param quote      the sentence (bounded), whitespace collapsed
 * @param hedged     true when the sentence speaks of a possibility ("could", "may", "if")
 * @param regulators authorities the sentence names, such as {@code FAA} or {@code DOJ}
 */
record Passage(int offset, String where, String quote, boolean hedged, List<String> regulators) {
}
