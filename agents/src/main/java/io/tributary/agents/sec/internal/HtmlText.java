package io.tributary.agents.sec.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders parsed HTML as plain text with one line per block (paragraph, table cell, list item),
 * which is what the section, item and officer finders work on. Hidden inline-XBRL headers,
 * scripts and styles are skipped; non-breaking spaces become spaces.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "td", "th", "li", "ul", "ol",
            "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre",
            "title", "hr", "center", "dd", "dt");
    private static final Set<String> SKIPPED = Set.of("script", "style", "ix:header", "head");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0\\u2007\\u202F]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?: ?\\n)+");

    private HtmlText() {
    }

    /** The visible text of {@code root}, one block per line. */
    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new Collector(out), root);
        return normalise(out);
    }

    private static String normalise(CharSequence raw) {
        String spaced = SPACES.matcher(raw).replaceAll(" ");
        StringBuilder lines = new StringBuilder(spaced.length());
        for (String line : spaced.split("\n", -1)) {
            lines.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(lines).replaceAll("\n").strip();
    }

    private static boolean hidden(Element element) {
        String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return SKIPPED.contains(element.normalName()) || style.contains("display:none");
    }

    /** Appends text nodes and a line break around every block element, skipping hidden subtrees. */
    private static final class Collector implements NodeVisitor {
        private final StringBuilder out;
        private Node skipping;

        Collector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) {
                return;
            }
            if (node instanceof Element element) {
                if (hidden(element)) {
                    skipping = element;
                } else if (BLOCKS.contains(element.normalName())) {
                    out.append('\n');
                }
            } else if (node instanceof TextNode text) {
                out.append(text.getWholeText().replace('\n', ' '));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == skipping) {
                skipping = null;
            } else if (skipping == null && node instanceof Element element
                    && BLOCKS.contains(element.normalName())) {
                out.append('\n');
            }
        }
    }
}
