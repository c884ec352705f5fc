package io.tributary.agents.sec;

import io.tributary.agents.sec.internal.IxNumbers;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the numeric facts of an inline-XBRL document: each {@code ix:nonFraction} is resolved
 * through its {@code contextRef} to an {@code xbrli:context} period and through its
 * {@code unitRef} to a unit, then its displayed figure is read by {@code format} with
 * {@code scale} and {@code sign} applied. Facts of dimensional contexts (segments, members) are
 * left out: the analysis compares consolidated totals. The document type and fiscal year come
 * from the {@code dei} facts ({@code ix:nonNumeric}).
 */
public final class InlineXbrlReader {

    /** Reads one inline-XBRL file of the dossier. */
    public InlineXbrlDocument read(Dossier dossier, Path file) {
        String name = dossier.relative(file);
        Document html = Jsoup.parse(dossier.text(file));
        List<Element> numbers = html.select("ix|nonFraction");
        if (numbers.isEmpty()) {
            throw new SourceException(name, "has no inline XBRL facts (no ix:nonFraction elements); "
                    + "expected an inline-XBRL 10-K or 10-Q as EDGAR serves it");
        }
        Map<String, Period> contexts = contexts(name, html);
        Set<String> usdUnits = usdUnits(html);
        String type = dei(html, "DocumentType");
        String period = dei(html, "DocumentFiscalPeriodFocus");
        int year = fiscalYear(dei(html, "DocumentFiscalYearFocus"));
        List<ReportedFact> facts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unreadable = 0;
        for (Element number : numbers) {
            Period when = contexts.get(number.attr("contextRef"));
            if (when == null || when.dimensional() || !usdUnits.contains(number.attr("unitRef"))
                    || "true".equals(number.attr("xsi:nil"))) {
                continue;
            }
            Optional<BigDecimal> value = IxNumbers.value(number.text(), number.attr("format"),
                    number.attr("scale"), "-".equals(number.attr("sign")));
            if (value.isEmpty()) {
                unreadable++;
            } else if (seen.add(number.attr("name") + "@" + number.attr("contextRef"))) {
                facts.add(new ReportedFact(number.attr("name"), when.start(), when.end(), value.get(), "USD",
                        type, period, year, name, null, "context " + number.attr("contextRef"),
                        quote(number)));
            }
        }
        return new InlineXbrlDocument(name, type, year, period, facts, unreadable);
    }

    private static String quote(Element number) {
        String shown = number.text().strip();
        return "-".equals(number.attr("sign")) ? "(" + shown + ")" : shown;
    }

    private static Map<String, Period> contexts(String file, Document html) {
        Map<String, Period> contexts = new HashMap<>();
        for (Element context : html.select("xbrli|context")) {
            String id = context.id();
            boolean dimensional = !context.select("xbrli|segment, xbrli|scenario").isEmpty();
            LocalDate instant = date(file, id, context.selectFirst("xbrli|instant"));
            LocalDate start = date(file, id, context.selectFirst("xbrli|startDate"));
            LocalDate end = date(file, id, context.selectFirst("xbrli|endDate"));
            if (instant != null) {
                contexts.put(id, new Period(null, instant, dimensional));
            } else if (start != null && end != null) {
                contexts.put(id, new Period(start, end, dimensional));
            }
        }
        if (contexts.isEmpty()) {
            throw new SourceException(file, "has inline XBRL facts but no xbrli:context with a period; "
                    + "the ix:resources part of the document is missing");
        }
        return contexts;
    }

    private static Set<String> usdUnits(Document html) {
        Set<String> ids = new HashSet<>();
        for (Element unit : html.select("xbrli|unit")) {
            List<Element> measures = unit.select("xbrli|measure");
            if (measures.size() == 1 && measures.get(0).text().strip().equalsIgnoreCase("iso4217:USD")) {
                ids.add(unit.id());
            }
        }
        return ids;
    }

    private static LocalDate date(String file, String context, Element element) {
        if (element == null) {
            return null;
        }
        String text = element.text().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new SourceException(file, "context '" + context + "' has a period date that is not "
                    + "yyyy-MM-dd: '" + text + "'", e);
        }
    }

    private static String dei(Document html, String name) {
        Element fact = html.selectFirst("ix|nonNumeric[name=dei:" + name + "]");
        return fact == null ? "" : fact.text().strip();
    }

    private static int fiscalYear(String text) {
        return text.matches("\\d{4}") ? Integer.parseInt(text) : 0;
    }

    private record Period(LocalDate start, LocalDate end, boolean dimensional) {
    }
}
