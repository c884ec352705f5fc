package io.tributary.agents.source;

import io.tributary.api.run.Subject;
import java.util.Locale;
import java.util.Map;

/**
 * The company a dossier is about, as given by its {@code target.json}: the subject of a
 * due-diligence run.
 *
 * @param name   legal name, for example {@code Tesla, Inc.}
 * @param cik    SEC central index key (ten digits, zero-padded), or empty if unknown
 * @param ticker exchange ticker, or empty if unknown
 */
public record Target(String name, String cik, String ticker) {

    /** The subject attribute holding the CIK. */
    public static final String CIK = "cik";
    /** The subject attribute holding the ticker. */
    public static final String TICKER = "ticker";

    public Target {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Target name must not be blank");
        }
        cik = cik == null ? "" : cik;
        ticker = ticker == null ? "" : ticker;
    }

    /** The company a due-diligence run's subject names. */
    public static Target of(Subject subject) {
        return new Target(subject.name(), subject.attributes().getOrDefault(CIK, ""),
                subject.attributes().getOrDefault(TICKER, ""));
    }

    /** A stable key for aggregates shared across runs on the same company. */
    public String key() {
        return cik.isEmpty() ? name.toLowerCase(Locale.ROOT) : cik;
    }

    /** This company as a run's subject. */
    public Subject subject() {
        return new Subject(key(), name, Map.of(CIK, cik, TICKER, ticker));
    }
}
