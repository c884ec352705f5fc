package io.tributary.agents.sec;

import io.tributary.agents.sec.internal.HtmlText;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an EDGAR full-submission {@code .txt}: the {@code <SEC-HEADER>} key/value lines, then each
 * {@code <DOCUMENT>} with its {@code <TYPE>}, {@code <SEQUENCE>}, {@code <FILENAME>},
 * {@code <DESCRIPTION>} and {@code <TEXT>}. The SGML envelope is a fixed line-oriented layout
 * that no library reads, so it is split here; the HTML inside each text is parsed by jsoup.
 * Uuencoded files and XBRL data documents are kept as entries without text.
 */
public final class FullSubmissionReader {

    private static final Pattern HEADER_LINE = Pattern.compile("(?m)^\\s*([A-Z][A-Z \\-]+):\\s*(.*?)\\s*$");
    private static final Pattern TAG_LINE = Pattern.compile("(?m)^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>(.*)$");
    private static final Pattern DATELINE = Pattern.compile(
            "\\((?:[A-Z][a-z]+\\.? \\d{1,2}, \\d{4}|[A-Z ]*(?:WIRE|NEWSWIRE)[A-Z ]*)\\)|^[A-Z][A-Za-z .,]+, [A-Z][A-Za-z .]+[–—-] ");
    private static final int MAX_HEADLINE_LINE = 250;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** True when {@code text} is an EDGAR SGML submission rather than plain filing text. */
    public static boolean isFullSubmission(String text) {
        String start = text.substring(0, Math.min(text.length(), 4096));
        return start.contains("<SEC-DOCUMENT>") || start.contains("<SEC-HEADER>")
                || start.stripLeading().startsWith("<DOCUMENT>");
    }

    /** Reads one full-submission file of the dossier. */
    public FullSubmission read(Dossier dossier, Path file) {
        String name = dossier.relative(file);
        return read(name, dossier.text(file));
    }

    /** Reads the text of full-submission file {@code file}. */
    public FullSubmission read(String file, String text) {
        if (!isFullSubmission(text)) {
            throw new SourceException(file, "is not an EDGAR full submission (no <SEC-HEADER> or <DOCUMENT> at the start)");
        }
        int headerEnd = text.indexOf("</SEC-HEADER>");
        String header = headerEnd < 0 ? "" : text.substring(0, headerEnd);
        List<String> items = new ArrayList<>();
        String accession = "";
        String form = "";
        String company = "";
        LocalDate filed = null;
        Matcher m = HEADER_LINE.matcher(header);
        while (m.find()) {
            switch (m.group(1).strip()) {
                case "ACCESSION NUMBER" -> accession = m.group(2);
                case "CONFORMED SUBMISSION TYPE" -> form = m.group(2);
                case "COMPANY CONFORMED NAME" -> company = company.isEmpty() ? m.group(2) : company;
                case "ITEM INFORMATION" -> items.add(m.group(2));
                case "FILED AS OF DATE" -> filed = date(file, m.group(2));
                default -> { }
            }
        }
        List<SubmissionDocument> documents = documents(file, text, Math.max(headerEnd, 0));
        if (documents.isEmpty()) {
            throw new SourceException(file, "has an SGML header but no <DOCUMENT> sections");
        }
        if (form.isEmpty()) {
            form = documents.get(0).type();
        }
        return new FullSubmission(file, accession, form, filed, company, items, documents);
    }

    private static List<SubmissionDocument> documents(String file, String text, int from) {
        List<SubmissionDocument> documents = new ArrayList<>();
        int start = text.indexOf("<DOCUMENT>", from);
        while (start >= 0) {
            int end = text.indexOf("</DOCUMENT>", start);
            if (end < 0) {
                throw new SourceException(file, "document " + (documents.size() + 1)
                        + " starting at character " + start + " has no closing </DOCUMENT>; the file is truncated");
            }
            documents.add(document(file, text.substring(start + "<DOCUMENT>".length(), end), documents.size() + 1));
            start = text.indexOf("<DOCUMENT>", end);
        }
        return documents;
    }

    private static SubmissionDocument document(String file, String body, int position) {
        int textStart = body.indexOf("<TEXT>");
        String head = textStart < 0 ? body : body.substring(0, textStart);
        String type = "";
        String filename = "";
        String description = "";
        int sequence = position;
        Matcher m = TAG_LINE.matcher(head);
        while (m.find()) {
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "TYPE" -> type = value;
                case "FILENAME" -> filename = value;
                case "DESCRIPTION" -> description = value;
                default -> sequence = value.matches("\\d{1,6}") ? Integer.parseInt(value) : position;
            }
        }
        if (type.isEmpty()) {
            throw new SourceException(file, "document " + position + " has no <TYPE> line");
        }
        int textEnd = body.lastIndexOf("</TEXT>");
        String raw = textStart < 0 ? "" : body.substring(textStart + 6, textEnd > textStart ? textEnd : body.length());
        return readable(type, sequence, filename, description, raw);
    }

    private static SubmissionDocument readable(String type, int sequence, String filename, String description,
            String raw) {
        String lower = filename.toLowerCase(Locale.ROOT);
        String trimmed = raw.strip();
        boolean data = trimmed.startsWith("begin ") || type.startsWith("EX-101") || type.equals("XML")
                || type.equals("ZIP") || type.equals("EXCEL") || type.equals("GRAPHIC") || type.equals("JSON");
        if (data) {
            return new SubmissionDocument(type, sequence, filename, description, "", "");
        }
        boolean html = lower.endsWith(".htm") || lower.endsWith(".html")
                || trimmed.regionMatches(true, 0, "<html", 0, 5) || trimmed.regionMatches(true, 0, "<xbrl>", 0, 6);
        String text;
        if (html) {
            Document document = Jsoup.parse(trimmed);
            document.select("sup").remove();
            text = HtmlText.of(document.body());
        } else {
            text = trimmed.replaceAll("(?i)</?(pre|page)>", "");
        }
        String headline = type.toUpperCase(Locale.ROOT).startsWith("EX-99") ? headline(text) : "";
        return new SubmissionDocument(type, sequence, filename, description, text, headline);
    }

    /** The title lines of a press release: the short lines before its dateline or first paragraph. */
    static String headline(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String clean = line.strip();
            if (clean.isEmpty() || clean.matches("(?i)exhibit\\s+99(\\.\\d+)?\\.?")) {
                continue;
            }
            if (clean.length() > MAX_HEADLINE_LINE || DATELINE.matcher(clean).find() || lines.size() == 3) {
                break;
            }
            lines.add(clean);
        }
        return String.join(" — ", lines);
    }

    private static LocalDate date(String file, String value) {
        try {
            return LocalDate.parse(value.strip(), BASIC);
        } catch (DateTimeParseException e) {
            throw new SourceException(file, "FILED AS OF DATE is not a date (yyyyMMdd): '" + value + "'", e);
        }
    }
}
