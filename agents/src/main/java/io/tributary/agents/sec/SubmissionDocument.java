package io.tributary.agents.sec;

import java.util.Locale;

/**
 * One {@code <DOCUMENT>} of an EDGAR full submission.
 *
 * @param type        the document type, such as {@code 8-K} or {@code EX-99.1}
 * @param sequence    its sequence number in the submission
 * @param filename    its file name
 * @param description its description, such as {@code PRESS RELEASE}
 * @param text        its readable text (HTML rendered to text); empty for images, archives and
 *                    XBRL data files
 * @param headline    for press-release exhibits ({@code EX-99.x}), the title lines before the
 *                    dateline; otherwise empty
 */
public record SubmissionDocument(String type, int sequence, String filename, String description, String text,
        String headline) {

    /** True for a press-release style exhibit (EX-99.1, EX-99.2, ...). */
    public boolean isExhibit99() {
        return type.toUpperCase(Locale.ROOT).startsWith("EX-99");
    }
}
