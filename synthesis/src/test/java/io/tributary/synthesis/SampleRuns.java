package io.tributary.synthesis;

import static io.tributary.api.finding.Polarity.NEGATIVE;
import static io.tributary.api.finding.Polarity.NEUTRAL;
import static io.tributary.api.finding.Polarity.POSITIVE;
import static io.tributary.api.finding.Severity.CRITICAL;
import static io.tributary.api.finding.Severity.HIGH;
import static io.tributary.api.finding.Severity.INFO;
import static io.tributary.api.finding.Severity.LOW;
import static io.tributary.api.finding.Severity.MEDIUM;
import static io.tributary.synthesis.Dimension.FINANCIAL_HEALTH;
import static io.tributary.synthesis.Dimension.INTELLECTUAL_PROPERTY;
import static io.tributary.synthesis.Dimension.LEADERSHIP;
import static io.tributary.synthesis.Dimension.MARKET_PERCEPTION;
import static io.tributary.synthesis.Dimension.REGULATORY_LEGAL;
import static io.tributary.synthesis.RunBuilder.at;
import static io.tributary.synthesis.RunBuilder.finding;

import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Finding;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import java.time.Duration;
import java.util.Map;

/**
 * Hand-built runs shaped like real dossiers: figures and filings as the public records state them
 * (Tesla's FY2017-2019 net losses, ABVC's 8-K Item 4.02 with its "Revenue Surges 234%" release).
 */
public final class SampleRuns {

    public static final String TESLA_FACTS = "financials/companyfacts-CIK0001318605.json";
    public static final String TESLA_PRESS = "press/headlines.csv";
    public static final String ABVC_8K = "filings/8-K-0001213900-25-032135.txt";

    private SampleRuns() {
    }

    /** Net losses FY2017-2019 and a bullish press balance; every agent delivered. */
    public static RunBuilder tesla() {
        var run = RunBuilder.of("Tesla, Inc.", "0001318605", "TSLA");
        teslaFinancials(run);
        for (int row = 1; row <= 4; row++) {
            run.add("press", headline(row, row == 4 ? "bearish" : "bullish"));
        }
        run.add("press", finding("press.sentiment-balance", MARKET_PERCEPTION, POSITIVE, MEDIUM,
                "Press coverage leans bullish: 3 bullish, 1 bearish of 4 headlines", "sentiment-balance",
                at(TESLA_PRESS, "rows 1-4", ""), Map.of("bullish", "3", "bearish", "1", "neutral", "0")));
        run.add("regulatory", finding("regulatory.items-by-year", REGULATORY_LEGAL, NEUTRAL, LOW,
                "8-K filings by year 2013-2022, no Item 4.02", "items-by-year",
                at("filings/submissions-CIK0001318605.json", "filings.recent", ""), Map.of()));
        run.add("patents", finding("patents.portfolio-size", INTELLECTUAL_PROPERTY, POSITIVE, MEDIUM,
                "50 patent documents published Dec 2023 to Mar 2024", "portfolio-size",
                at("patents/tesla-uspto-search.json", "docs", "50"), Map.of("count", "50")));
        run.add("leadership", finding("leadership.executive-officers", LEADERSHIP, NEUTRAL, LOW,
                "Executive officers: Elon Musk (CEO), Vaibhav Taneja (CFO)", "executive-officers",
                at("leadership/10-K-FY2024.html", "Item 10", "Elon Musk"), Map.of()));
        run.outcome("financials", "financials", AgentStatus.SUCCEEDED, 0L, 1200L, Usage.local(Duration.ofMillis(1200)), 0)
                .outcome("leadership", "leadership", AgentStatus.SUCCEEDED, 20L, 700L, Usage.local(Duration.ofMillis(680)), 0)
                .outcome("patents", "patents", AgentStatus.SUCCEEDED, 15L, 400L, Usage.local(Duration.ofMillis(385)), 0)
                .outcome("press", "press", AgentStatus.SUCCEEDED, 5L, 2600L,
                        new Usage(4, 1800, 240, Duration.ofMillis(2500), "gpt-4o-mini"), 0.0004)
                .outcome("regulatory", "regulatory", AgentStatus.SUCCEEDED, 10L, 1900L,
                        Usage.local(Duration.ofMillis(1890)), 0);
        return run;
    }

    static void teslaFinancials(RunBuilder run) {
        var losses = Map.of("2017", "-1961400000", "2018", "-976091000", "2019", "-862000000");
        for (var year : new String[] {"2017", "2018", "2019"}) {
            run.add("financials", finding("financials.net-loss", FINANCIAL_HEALTH, NEGATIVE, HIGH,
                    "Net loss of " + losses.get(year) + " USD in FY" + year, "net-loss:FY" + year,
                    at(TESLA_FACTS, "us-gaap:NetIncomeLoss FY" + year, losses.get(year)),
                    Map.of("fiscalYear", year, "value", losses.get(year), "unit", "USD",
                            "concept", "us-gaap:NetIncomeLoss")));
        }
        run.add("financials", finding("financials.profitability", FINANCIAL_HEALTH, POSITIVE, MEDIUM,
                "Returned to profit in FY2020: net income of 721000000 USD", "profitability",
                at(TESLA_FACTS, "us-gaap:NetIncomeLoss FY2020", "721000000"), Map.of("fiscalYear", "2020")));
    }

    /** Stable profits, positive press, stable management; no patent data (a DEGRADED run). */
    public static RunBuilder apple() {
        var run = RunBuilder.of("Apple Inc.", "0000320193", "AAPL");
        var facts = "financials/10-K-FY2024-filed-2024-11-01.html";
        run.add("financials", finding("financials.profitability", FINANCIAL_HEALTH, POSITIVE, HIGH,
                "Net income of 93736000000 USD in FY2024, profitable in every year reported", "profitability",
                at(facts, "us-gaap:NetIncomeLoss FY2024", "93,736"), Map.of("fiscalYear", "2024")));
        run.add("financials", finding("financials.revenue-growth", FINANCIAL_HEALTH, POSITIVE, MEDIUM,
                "Revenue grew 2% to 391035000000 USD in FY2024", "revenue-growth",
                at(facts, "us-gaap:Revenues FY2024", "391,035"), Map.of("fiscalYear", "2024")));
        run.add("press", finding("press.sentiment-balance", MARKET_PERCEPTION, POSITIVE, MEDIUM,
                "Press coverage leans bullish: 5 bullish, 2 bearish, 3 neutral", "sentiment-balance",
                at("press/headlines.csv", "rows 1-10", ""), Map.of("bullish", "5", "bearish", "2", "neutral", "3")));
        run.add("regulatory", finding("regulatory.items-by-year", REGULATORY_LEGAL, NEUTRAL, LOW,
                "8-K filings by year: no Item 4.02, 4.01 or 1.03", "items-by-year",
                at("filings/10-K-FY2022.md", "Item 9A", ""), Map.of()));
        run.add("leadership", finding("leadership.stable-management", LEADERSHIP, POSITIVE, LOW,
                "The executive team has been stable: no officer change in the filings given", "stable-management",
                at("leadership/10-K-FY2022.md", "Executive Officers", "Timothy D. Cook"), Map.of()));
        run.outcome("financials", AgentStatus.SUCCEEDED).outcome("leadership", AgentStatus.SUCCEEDED)
                .outcome("patents", AgentStatus.NO_EVIDENCE).outcome("press", AgentStatus.SUCCEEDED)
                .outcome("regulatory", AgentStatus.SUCCEEDED)
                .decision(Decision.DEGRADED, "quorum 3 of 5 met; patents delivered no evidence");
        return run;
    }

    /** An 8-K with Item 4.02 non-reliance and a glowing EX-99.1 release; three agents without evidence. */
    public static RunBuilder abvc() {
        var run = RunBuilder.of("ABVC BioPharma, Inc.", "0001173313", "ABVC");
        run.add("regulatory", finding("regulatory.non-reliance", REGULATORY_LEGAL, NEGATIVE, CRITICAL,
                "Item 4.02: the FY2023 financial statements should no longer be relied upon", "0001213900-25-032135:4.02",
                at(ABVC_8K, "0001213900-25-032135 Item 4.02", "should no longer be relied upon"),
                Map.of("item", "4.02")));
        run.add("regulatory", finding("regulatory.risk-language", REGULATORY_LEGAL, NEGATIVE, HIGH,
                "The filing reports a material weakness in internal control", "risk:material weakness",
                at(ABVC_8K, "0001213900-25-032135 Item 4.02", "material weakness"), Map.of("term", "material weakness")));
        run.add("regulatory", finding("regulatory.company-press-release", REGULATORY_LEGAL, NEUTRAL, LOW,
                "The filing includes the company's press release (EX-99.1)", "0001213900-25-032135:EX-99.1",
                at(ABVC_8K, "0001213900-25-032135 EX-99.1", "Revenue Surges 234%"),
                Map.of("headline", "ABVC BioPharma Reports Revenue Surges 234%")));
        run.add("press", finding("press.sentiment-balance", MARKET_PERCEPTION, POSITIVE, MEDIUM,
                "Press coverage leans bullish: 2 bullish, 0 bearish", "sentiment-balance",
                at("press/headlines.csv", "rows 1-2", ""), Map.of("bullish", "2", "bearish", "0", "neutral", "0")));
        run.outcome("financials", AgentStatus.NO_EVIDENCE).outcome("leadership", AgentStatus.NO_EVIDENCE)
                .outcome("patents", AgentStatus.NO_EVIDENCE).outcome("press", AgentStatus.SUCCEEDED)
                .outcome("regulatory", AgentStatus.SUCCEEDED)
                .decision(Decision.DEGRADED, "reviewer accepted a run with 2 of 5 agents");
        return run;
    }

    /** One headline's sentiment, a per-item observation. */
    public static Finding headline(int row, String sentiment) {
        var polarity = "bullish".equals(sentiment) ? POSITIVE : "bearish".equals(sentiment) ? NEGATIVE : NEUTRAL;
        return finding("press.headline-sentiment", MARKET_PERCEPTION, polarity, INFO,
                "Headline " + row + " reads " + sentiment, "headline:" + TESLA_PRESS + ":" + row,
                at(TESLA_PRESS, "row " + row, "Tesla headline " + row), Map.of("sentiment", sentiment, "row", "" + row));
    }
}
