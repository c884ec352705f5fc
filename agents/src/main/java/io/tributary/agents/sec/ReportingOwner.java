package io.tributary.agents.sec;

/**
 * The insider who filed an ownership form, and how they relate to the company.
 *
 * @param cik             the owner's central index key
 * @param name            the owner's name as filed (EDGAR writes surname first)
 * @param director        a director of the issuer
 * @param officer         an officer of the issuer
 * @param tenPercentOwner holds ten percent or more
 * @param officerTitle    the officer's title, or empty
 */
public record ReportingOwner(String cik, String name, boolean director, boolean officer, boolean tenPercentOwner,
        String officerTitle) {

    /** The relationship in words, such as {@code officer (Chief Financial Officer), director}. */
    public String relationship() {
        StringBuilder out = new StringBuilder();
        if (officer) {
            out.append(officerTitle.isBlank() ? "officer" : "officer (" + officerTitle + ")");
        }
        if (director) {
            out.append(out.isEmpty() ? "" : ", ").append("director");
        }
        if (tenPercentOwner) {
            out.append(out.isEmpty() ? "" : ", ").append("10% owner");
        }
        return out.isEmpty() ? "other" : out.toString();
    }
}
