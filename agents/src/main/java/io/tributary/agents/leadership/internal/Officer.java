package io.tributary.agents.leadership.internal;

import java.time.YearMonth;

/**
 * An executive officer as a 10-K lists them.
 *
 * @param name     the officer's name, or empty when the text did not let it be paired
 * @param role     the current role, as written before "since"
 * @param since    when the current role began
 * @param ceoSince when the officer became the company's chief executive, or null if they are not
 *                 (a segment chief executive does not count)
 */
public record Officer(String name, String role, YearMonth since, YearMonth ceoSince) {

    /** True for the company's chief executive. */
    public boolean isChiefExecutive() {
        return ceoSince != null;
    }
}
