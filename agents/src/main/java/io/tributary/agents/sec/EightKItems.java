package io.tributary.agents.sec;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of Form 8-K and where a filing's text reports them. An item counts as reported only
 * where a line starts with its heading ({@code Item 4.02 Non-Reliance on ...}): a sentence that
 * merely refers to an item ("the information under this Item 2.02") is not a report of it.
 */
public final class EightKItems {

    /** Longest passage kept under an item heading for evidence. */
    public static final int MAX_PASSAGE = 600;

    /** How much of a document's start is searched for its form name and report date. */
    public static final int COVER_PAGE = 5000;

    private static final Map<String, String> TITLES = new LinkedHashMap<>();
    private static final Pattern FORM_8K = Pattern.compile("(?i)\\bFORM\\s+8-K\\b");
    private static final Pattern REPORT_DATE = Pattern.compile(
            "(?i)Date of Report[^:\\n]*:?\\s*\\n?\\s*([A-Z][a-z]+ \\d{1,2}, \\d{4})");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t#*_]*item\\s+(\\d{1,2}\\.\\d{2})\\b[ \\t.:\\-–—*_]*(\\S[^\\n]{0,120})?");

    static {
        TITLES.put("1.01", "Entry into a Material Definitive Agreement");
        TITLES.put("1.02", "Termination of a Material Definitive Agreement");
        TITLES.put("1.03", "Bankruptcy or Receivership");
        TITLES.put("1.04", "Mine Safety - Reporting of Shutdowns and Patterns of Violations");
        TITLES.put("1.05", "Material Cybersecurity Incidents");
        TITLES.put("2.01", "Completion of Acquisition or Disposition of Assets");
        TITLES.put("2.02", "Results of Operations and Financial Condition");
        TITLES.put("2.03", "Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant");
        TITLES.put("2.04", "Triggering Events That Accelerate or Increase a Direct Financial Obligation");
        TITLES.put("2.05", "Costs Associated with Exit or Disposal Activities");
        TITLES.put("2.06", "Material Impairments");
        TITLES.put("3.01", "Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing");
        TITLES.put("3.02", "Unregistered Sales of Equity Securities");
        TITLES.put("3.03", "Material Modification to Rights of Security Holders");
        TITLES.put("4.01", "Changes in Registrant's Certifying Accountant");
        TITLES.put("4.02", "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review");
        TITLES.put("5.01", "Changes in Control of Registrant");
        TITLES.put("5.02", "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers");
        TITLES.put("5.03", "Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year");
        TITLES.put("5.04", "Temporary Suspension of Trading Under Registrant's Employee Benefit Plans");
        TITLES.put("5.05", "Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics");
        TITLES.put("5.06", "Change in Shell Company Status");
        TITLES.put("5.07", "Submission of Matters to a Vote of Security Holders");
        TITLES.put("5.08", "Shareholder Director Nominations");
        TITLES.put("7.01", "Regulation FD Disclosure");
        TITLES.put("8.01", "Other Events");
        TITLES.put("9.01", "Financial Statements and Exhibits");
    }

    private EightKItems() {
    }

    /** True when a document's cover page names Form 8-K: only then do its item headings report events. */
    public static boolean isCurrentReport(String text) {
        return FORM_8K.matcher(text.substring(0, Math.min(text.length(), COVER_PAGE))).find();
    }

    /** The cover page's "Date of Report", if it has a readable one. */
    public static Optional<LocalDate> reportDate(String text) {
        Matcher m = REPORT_DATE.matcher(text.substring(0, Math.min(text.length(), COVER_PAGE)));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1), LONG_DATE));
        } catch (DateTimeParseException e) {
            // A date that does not parse ("Date of Report: Smarch 3, 2020") leaves the report undated.
            return Optional.empty();
        }
    }

    /** The official title of an item code, if it is an 8-K item. */
    public static Optional<String> title(String code) {
        return Optional.ofNullable(TITLES.get(code));
    }

    /** The item code whose official title is {@code title} (as EDGAR headers list them), if any. */
    public static Optional<String> codeOfTitle(String title) {
        String wanted = simplify(title);
        return TITLES.entrySet().stream()
                .filter(e -> simplify(e.getValue()).equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The 8-K item headings in {@code text}, each code once (its first heading), in text order. */
    public static List<ItemMention> headings(String text) {
        List<ItemMention> found = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String code = m.group(1);
            String title = TITLES.get(code);
            String after = m.group(2) == null ? "" : m.group(2);
            boolean known = found.stream().anyMatch(i -> i.code().equals(code));
            if (title != null && !known && startsLikeTitle(after, title)) {
                found.add(new ItemMention(code, title, m.start(), passage(text, m.start())));
            }
        }
        return found;
    }

    /**
     * A heading goes on with its title, often shortened ("Item 9.01 Exhibits"); a reference goes
     * on with ordinary words ("Item 2.02 of this report"). So the first word after the code must
     * be one of the title's words, or nothing at all.
     */
    private static boolean startsLikeTitle(String after, String title) {
        String[] words = after.strip().split("[\\s,;:.()]+", 2);
        String first = simplify(words[0]);
        if (first.isEmpty()) {
            return true;
        }
        for (String word : title.split("[\\s,;:()]+")) {
            if (word.length() > 3 && simplify(word).equals(first)) {
                return true;
            }
        }
        return false;
    }

    private static String passage(String text, int start) {
        int next = text.length();
        Matcher m = HEADING.matcher(text);
        if (m.find(start + 5)) {
            next = m.start();
        }
        String passage = text.substring(start, Math.min(next, start + MAX_PASSAGE)).replaceAll("\\s+", " ").strip();
        return next - start > MAX_PASSAGE ? passage + " ..." : passage;
    }

    private static String simplify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
