package io.tributary.agents.financials.internal;

/**
 * The fiscal years that decide a financial judgement: the latest {@code years} fiscal years the
 * history reports, ending at {@code latestYear}. Older years are history: reported, but not
 * weighed.
 *
 * @param years      how many fiscal years, at least 1
 * @param latestYear the latest fiscal year reported
 */
public record Horizon(int years, int latestYear) {

    /** Fiscal years in the horizon when the job does not say otherwise. */
    public static final int DEFAULT_YEARS = 5;

    public Horizon {
        if (years < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 fiscal year, was " + years);
        }
    }

    /** The first fiscal year in the horizon. */
    public int firstYear() {
        return latestYear - years + 1;
    }

    /** True when {@code fiscalYear} is in the horizon. */
    public boolean contains(int fiscalYear) {
        return fiscalYear >= firstYear() && fiscalYear <= latestYear;
    }

    /** The horizon as written in findings, such as {@code FY2020-FY2024}. */
    public String label() {
        return span(firstYear(), latestYear);
    }

    /** A span of fiscal years as written in findings: {@code FY2020-FY2024}, or {@code FY2024} for one year. */
    public static String span(int from, int to) {
        return from == to ? "FY" + to : "FY" + from + "-FY" + to;
    }
}
