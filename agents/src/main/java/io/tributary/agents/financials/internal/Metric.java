package io.tributary.agents.financials.internal;

import io.tributary.agents.sec.PeriodKind;
import java.util.List;
import java.util.Locale;

/**
 * The figures the financial analysis follows, each with the XBRL concepts that report it in
 * order of preference: companies and years differ in which concept they use for the same line.
 */
public enum Metric {
    REVENUE("revenue", PeriodKind.DURATION, List.of("us-gaap:Revenues",
            "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
            "us-gaap:RevenueFromContractWithCustomerIncludingAssessedTax", "us-gaap:SalesRevenueNet",
            "us-gaap:SalesRevenueGoodsNet")),
    NET_INCOME("net income", PeriodKind.DURATION, List.of("us-gaap:NetIncomeLoss", "us-gaap:ProfitLoss",
            "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic")),
    OPERATING_CASH_FLOW("operating cash flow", PeriodKind.DURATION, List.of(
            "us-gaap:NetCashProvidedByUsedInOperatingActivities",
            "us-gaap:NetCashProvidedByUsedInOperatingActivitiesContinuingOperations")),
    EQUITY("stockholders' equity", PeriodKind.INSTANT, List.of("us-gaap:StockholdersEquity",
            "us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest")),
    DEBT("long-term debt", PeriodKind.INSTANT, List.of("us-gaap:LongTermDebt", "us-gaap:LongTermDebtNoncurrent",
            "us-gaap:LongTermDebtAndCapitalLeaseObligations", "us-gaap:DebtLongtermAndShorttermCombinedAmount"));

    private final String label;
    private final PeriodKind kind;
    private final List<String> concepts;

    Metric(String label, PeriodKind kind, List<String> concepts) {
        this.label = label;
        this.kind = kind;
        this.concepts = concepts;
    }

    /** The figure in words, for claims. */
    public String label() {
        return label;
    }

    /** The key used in summary attributes, such as {@code netIncome}. */
    public String key() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }

    public PeriodKind kind() {
        return kind;
    }

    /** Concepts in order of preference. */
    public List<String> concepts() {
        return concepts;
    }
}
