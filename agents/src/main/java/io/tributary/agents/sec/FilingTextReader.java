package io.tributary.agents.sec;

import io.tributary.agents.sec.internal.HtmlText;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads a filing document as text: an HTML or inline-XBRL document is rendered by jsoup to one
 * line per block; Markdown or plain text is taken as it is. The text is then cut into sections at
 * its "Item N." headings, the structure every 10-K and 10-Q shares.
 */
public final class FilingTextReader {

    /** Extensions read as HTML. */
    public static final Set<String> HTML = Set.of("htm", "html", "xhtml");

    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t#*_>]*item[ \\t\\u00A0]+(\\d{1,2}(?:\\.\\d{2})?[A-C]?)(?![.]?\\d)[ \\t.:\\-–—*_]*([^\\n]*)$");
    private static final int MAX_HEADING = 120;

    /** Reads one dossier file as filing text. */
    public FilingText read(Dossier dossier, Path file) {
        String name = dossier.relative(file);
        String raw = dossier.text(file);
        if (FullSubmissionReader.isFullSubmission(raw)) {
            throw new SourceException(name, "is an EDGAR full submission (SGML); read it as a submission, not as text");
        }
        return read(name, raw, HTML.contains(Dossier.extension(file)));
    }

    /** Reads the content {@code raw} of dossier file {@code file}, as HTML or as plain text. */
    public FilingText read(String file, String raw, boolean html) {
        String text = html ? HtmlText.of(Jsoup.parse(raw).body()) : raw;
        if (text.isBlank()) {
            throw new SourceException(file, "has no readable text");
        }
        return of(file, text);
    }

    /** Sections of {@code text}, which came from dossier file {@code file}. */
    public static FilingText of(String file, String text) {
        List<Section> sections = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        int previousStart = -1;
        String previousItem = null;
        String previousHeading = null;
        while (m.find()) {
            if (previousItem != null) {
                sections.add(new Section(previousItem, previousHeading, previousStart, m.start()));
            }
            previousStart = m.start();
            previousItem = m.group(1).toUpperCase(Locale.ROOT);
            previousHeading = heading(m.group(0), text, m.end());
        }
        if (previousItem != null) {
            sections.add(new Section(previousItem, previousHeading, previousStart, text.length()));
        }
        return new FilingText(file, text, sections);
    }

    /** The heading line, with the next line added when the title stands on a line of its own. */
    private static String heading(String line, String text, int lineEnd) {
        String clean = line.replaceAll("[#*_>]", " ").replaceAll("[\\s\\u00A0]+", " ").strip();
        if (clean.matches("(?i)item \\w+\\.?")) {
            int next = lineEnd;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            int end = text.indexOf('\n', next);
            String title = next < text.length() ? text.substring(next, end < 0 ? text.length() : end).strip() : "";
            if (!title.isEmpty() && title.length() <= MAX_HEADING && !title.matches("(?i)item\\b.*|\\d+")) {
                clean = clean + " " + title;
            }
        }
        return clean.length() > MAX_HEADING ? clean.substring(0, MAX_HEADING) + "..." : clean;
    }
}
