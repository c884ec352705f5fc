package io.tributary.api.agent;

/**
 * The company a dossier is about, as given by its {@code target.json}.
 *
 * @param name   legal name, for example {@code Tesla, Inc.}
 * @param cik    SEC central index key (ten digits, zero-padded), or empty if unknown
 * @param ticker exchange ticker, or empty if unknown
 */
public record Target(String name, String cik, String ticker) {
    public Target {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Target name must not be blank");
        }
        cik = cik == null ? "" : cik;
        ticker = ticker == null ? "" : ticker;
    }

    /** A stable key for aggregates shared across runs on the same company. */
    public String key() {
        return cik.isEmpty() ? name.toLowerCase(java.util.Locale.ROOT) : cik;
    }
}
