package io.tributary.agents.regulatory.internal;

import io.tributary.agents.sec.EightKItems;
import io.tributary.agents.source.Dimensions;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 8-K items that matter to a buyer and how much each weighs. A non-reliance notice (4.02)
 * says published financial statements were wrong; bankruptcy (1.03) and delisting (3.01) threaten
 * the business or its listing; an auditor change (4.01) or an impairment (2.06) deserves a
 * question; officer and director changes (5.02) are routine one by one and matter by frequency.
 */
public final class ItemFindings {

    /** What an item becomes when reported. */
    public record Kind(String topic, Polarity polarity, Severity severity, String meaning) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "4.02", new Kind("regulatory.non-reliance", Polarity.NEGATIVE, Severity.HIGH,
                    "previously issued financial statements should no longer be relied upon"),
            "4.01", new Kind("regulatory.auditor-change", Polarity.NEGATIVE, Severity.MEDIUM,
                    "the certifying accountant changed"),
            "5.02", new Kind("regulatory.officer-change", Polarity.NEUTRAL, Severity.LOW,
                    "directors or officers departed, were elected or appointed"),
            "1.03", new Kind("regulatory.bankruptcy", Polarity.NEGATIVE, Severity.CRITICAL,
                    "bankruptcy or receivership"),
            "2.06", new Kind("regulatory.impairment", Polarity.NEGATIVE, Severity.MEDIUM,
                    "a material impairment was recognised"),
            "3.01", new Kind("regulatory.delisting", Polarity.NEGATIVE, Severity.HIGH,
                    "notice of delisting or failure to meet a listing standard"));

    private ItemFindings() {
    }

    /** The kind of a tracked item code; empty for items that do not matter on their own. */
    public static Optional<Kind> kind(String code) {
        return Optional.ofNullable(KINDS.get(code));
    }

    /** The finding for one reported item, if the item is tracked. */
    public static Optional<Finding> of(ItemEvent event) {
        return kind(event.code()).map(kind -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("item", event.code());
            attributes.put("accession", event.accession());
            attributes.put("form", event.form());
            if (event.date() != null) {
                attributes.put("filingDate", event.date().toString());
                attributes.put("period", event.date().toString());
                attributes.put("year", String.valueOf(event.date().getYear()));
            }
            String title = EightKItems.title(event.code()).orElse("");
            String claim = event.form() + " " + event.accession()
                    + (event.date() == null ? "" : " filed " + event.date())
                    + " reports Item " + event.code() + " (" + title + "): " + kind.meaning();
            return new Finding("item:" + event.accession() + ":" + event.code(), Dimensions.REGULATORY_LEGAL,
                    kind.topic(), claim, kind.polarity(), kind.severity(), 0.95,
                    List.of(new Evidence(event.file(), event.locator(), event.quote())), attributes, Set.of());
        });
    }
}
