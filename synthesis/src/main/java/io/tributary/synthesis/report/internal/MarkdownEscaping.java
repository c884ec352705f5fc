package io.tributary.synthesis.report.internal;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Escapes text for Markdown: characters that Markdown or the HTML it may be rendered to would
 * interpret ({@code < > &}, emphasis, code, links, table pipes) are escaped, and line breaks
 * become spaces so a value cannot break out of its table row or list item. Claims and quotes come
 * from documents and models, so none of them may inject markup into the report.
 */
public final class MarkdownEscaping implements EscapingStrategy {

    @Override
    public String escape(String input) {
        if (input == null) {
            return "";
        }
        var out = new StringBuilder(input.length() + 16);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r', '\n' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
