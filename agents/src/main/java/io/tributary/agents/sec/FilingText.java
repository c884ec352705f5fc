package io.tributary.agents.sec;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A filing document as plain text, with its "Item N." sections.
 *
 * @param file     the dossier file, relative to the dossier root
 * @param text     the readable text, one paragraph or table cell per line
 * @param sections the sections in text order (a table of contents yields short ones)
 */
public record FilingText(String file, String text, List<Section> sections) {

    public FilingText {
        sections = List.copyOf(sections);
    }

    /** The longest section for an item number: the real section rather than its contents entry. */
    public Optional<Section> section(String item) {
        return sections.stream().filter(s -> s.item().equalsIgnoreCase(item))
                .max(Comparator.comparingInt(Section::length).thenComparingInt(s -> -s.start()));
    }

    /** The section containing {@code offset}, if the text has one there. */
    public Optional<Section> sectionAt(int offset) {
        return sections.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst();
    }

    /** The text of a section. */
    public String textOf(Section section) {
        return text.substring(section.start(), section.end());
    }

    /** Where an offset lies, for evidence: the section heading, or the start of the text. */
    public String locate(int offset) {
        return sectionAt(offset).map(Section::heading).orElse("before the first Item heading");
    }
}
