package io.tributary.agents.leadership.internal;

/**
 * The years that decide a leadership judgement: the latest {@code years} calendar years up to the
 * year of the newest dated leadership evidence in the dossier (a filing in the filing history, an
 * 8-K, an officer list). Changes before the window are history: reported, but not weighed.
 *
 * @param years      how many calendar years, at least 1
 * @param latestYear the year of the newest dated evidence
 */
public record LeadershipWindow(int years, int latestYear) {

    /** Years in the window when the job does not say otherwise. */
    public static final int DEFAULT_YEARS = 3;

    public LeadershipWindow {
        if (years < 1) {
            throw new IllegalArgumentException("leadership window must be at least 1 year, was " + years);
        }
    }

    /** The first year in the window. */
    public int firstYear() {
        return latestYear - years + 1;
    }

    /** True when {@code year} is in the window. */
    public boolean contains(int year) {
        return year >= firstYear() && year <= latestYear;
    }

    /** True when {@code year} is before the window. */
    public boolean before(int year) {
        return year < firstYear();
    }

    /** The window as written in findings, such as {@code 2020-2022}. */
    public String label() {
        return span(firstYear(), latestYear);
    }

    /** A span of years as written in findings: {@code 2014-2019}, or {@code 2019} for one year. */
    public static String span(int from, int to) {
        return from == to ? String.valueOf(to) : from + "-" + to;
    }
}
