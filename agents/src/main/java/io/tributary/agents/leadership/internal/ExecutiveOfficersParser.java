package io.tributary.agents.leadership.internal;

import io.tributary.agents.sec.FilingText;
import io.tributary.agents.sec.Section;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the executive-officers list of a 10-K ("Our executive officers and their ages as of ...").
 * The list is a table of name, age and occupation; rendered to text (or converted from PDF) its
 * cells arrive as separate lines, sometimes as a column of names followed by a column of
 * occupations. So names and occupations are collected apart, an occupation being a paragraph that
 * opens with a title and "since <month> <year>", and paired by the surname the occupation's text
 * uses ("Mr. Calhoun"), falling back to their order.
 */
public final class ExecutiveOfficersParser {

    /** How far past its heading a list is looked for. */
    public static final int MAX_WINDOW = 20_000;

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December)";
    private static final Pattern ANCHOR = Pattern.compile("(?i)executive officers (?:of the registrant|and their "
            + "ages)|information about (?:our )?executive officers|executive officers of the company");
    private static final Pattern AS_OF = Pattern.compile("as of " + MONTH + "\\s+(\\d{1,2}),\\s+(\\d{4})");
    private static final Pattern NAME = Pattern.compile(
            "(?:[A-Z][A-Za-z’'\\-]*\\.?\\s+){1,4}[A-Z][A-Za-z’'\\-]+(?:,?\\s+(?:Jr\\.|Sr\\.|II|III|IV))?");
    private static final Set<String> NOT_NAMES = Set.of("part", "name", "age", "item", "table", "executive", "officers");
    private static final Pattern ROLE = Pattern.compile(
            "^([A-Z][^.]{3,250}?),?\\s+since\\s+" + MONTH + "(?:\\s+\\d{1,2},)?\\s+(\\d{4})");
    private static final Pattern SURNAME = Pattern.compile("\\b(?:Mr|Ms|Mrs|Dr)\\.?\\s+([A-Z][A-Za-z’'\\-]+)");
    private static final Pattern CEO = Pattern.compile(
            "Chief Executive Officer(?!,\\s*(?!and\\b)[A-Z])[^.]{0,80}?\\bsince\\s+" + MONTH
            + "(?:\\s+\\d{1,2},)?\\s+(\\d{4})");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?:Mr|Ms|Mrs|Dr|Prior|Previously|He|She)\\b");
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    private ExecutiveOfficersParser() {
    }

    /** The document's executive-officers list, if it has one with at least one officer. */
    public static Optional<OfficerList> parse(FilingText text) {
        OfficerList best = null;
        Matcher anchor = ANCHOR.matcher(text.text());
        while (anchor.find()) {
            OfficerList list = parseAt(text, anchor.start());
            if (list != null && (best == null || list.officers().size() > best.officers().size())) {
                best = list;
            }
        }
        return Optional.ofNullable(best);
    }

    private static OfficerList parseAt(FilingText text, int start) {
        int end = Math.min(text.text().length(), start + MAX_WINDOW);
        Optional<Section> section = text.sectionAt(start);
        if (section.isPresent() && section.get().end() > start) {
            end = Math.min(end, section.get().end());
        }
        String window = text.text().substring(start, end);
        List<String> lines = window.lines().map(String::strip).toList();
        List<String> names = new ArrayList<>();
        List<String[]> roles = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (isName(line)) {
                names.add(line.replaceAll("\\s+", " "));
            } else if (opensParagraph(previous)) {
                Matcher role = ROLE.matcher(joined(lines, i, 4));
                if (role.find()) {
                    roles.add(new String[] {role.group(1).replaceAll("\\s+", " "), role.group(2), role.group(3),
                            joined(lines, i, 12)});
                }
            }
            previous = line;
        }
        if (roles.isEmpty()) {
            return null;
        }
        String intro = window.lines().findFirst().orElse("").strip();
        return new OfficerList(text.file(), text.locate(start), intro, asOf(window), pair(names, roles));
    }

    private static List<Officer> pair(List<String> names, List<String[]> roles) {
        List<String> unused = new ArrayList<>(names);
        String[] assigned = new String[roles.size()];
        for (int i = 0; i < roles.size(); i++) {
            Matcher surname = SURNAME.matcher(roles.get(i)[3]);
            if (surname.find()) {
                String wanted = surname.group(1).replaceAll("[’']s$", "");
                Optional<String> match = unused.stream().filter(n -> lastName(n).equalsIgnoreCase(wanted)).findFirst();
                if (match.isPresent()) {
                    assigned[i] = match.get();
                    unused.remove(match.get());
                }
            }
        }
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            String name = assigned[i] != null ? assigned[i] : unused.isEmpty() ? "" : unused.remove(0);
            String[] role = roles.get(i);
            officers.add(new Officer(name, role[0], yearMonth(role[1], role[2]), ceoSince(role[3])));
        }
        return officers;
    }

    private static YearMonth ceoSince(String paragraph) {
        String first = paragraph;
        Matcher end = SENTENCE_END.matcher(paragraph);
        if (end.find()) {
            first = paragraph.substring(0, end.start());
        }
        Matcher ceo = CEO.matcher(first);
        return ceo.find() ? yearMonth(ceo.group(1), ceo.group(2)) : null;
    }

    private static boolean isName(String line) {
        if (!NAME.matcher(line).matches()) {
            return false;
        }
        String first = line.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return !NOT_NAMES.contains(first);
    }

    /** A new occupation paragraph follows a name, an age, a heading or the end of a sentence. */
    private static boolean opensParagraph(String previous) {
        return previous.isEmpty() || previous.endsWith(".") || previous.matches("\\d{2}") || isName(previous)
                || !previous.contains(" ") || previous.matches("(?i).*(affiliations|position|age|as follows:?)");
    }

    private static String joined(List<String> lines, int from, int count) {
        return String.join(" ", lines.subList(from, Math.min(lines.size(), from + count))).replaceAll("\\s+", " ");
    }

    private static String lastName(String name) {
        String[] parts = name.replaceAll(",?\\s+(?:Jr\\.|Sr\\.|II|III|IV)$", "").split("\\s+");
        return parts[parts.length - 1];
    }

    private static LocalDate asOf(String window) {
        Matcher m = AS_OF.matcher(window.substring(0, Math.min(window.length(), 400)));
        if (!m.find()) {
            return null;
        }
        return yearMonth(m.group(1), m.group(3)).atDay(Integer.parseInt(m.group(2)));
    }

    private static YearMonth yearMonth(String month, String year) {
        try {
            return YearMonth.of(Integer.parseInt(year), MONTH_NAME.parse(month).get(ChronoField.MONTH_OF_YEAR));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Month pattern admitted an unknown month: " + month, e);
        }
    }
}
