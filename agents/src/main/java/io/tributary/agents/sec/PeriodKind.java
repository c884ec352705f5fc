package io.tributary.agents.sec;

/** Whether an XBRL concept is measured over a period (income, cash flow) or at an instant (balance sheet). */
public enum PeriodKind {
    /** A flow over a period: an annual value must cover a full fiscal year. */
    DURATION,
    /** A balance at a point in time: an annual value is the balance at fiscal year end. */
    INSTANT
}
