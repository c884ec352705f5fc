package io.tributary.agents.llm.internal;

import io.tributary.agents.source.Dimensions;
import io.tributary.api.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The roles the LLM-backed agent can play: which dimension each informs, which dossier folders it
 * reads, what it looks for, and the finding topics synthesis matches for it.
 */
public enum AgentRole {
    FINANCIALS(Dimensions.FINANCIAL_HEALTH, List.of("financials"),
            "financial health from the financial statements: losses, profitability, revenue trend, equity, cash"
                    + " flow and debt",
            List.of("net-loss", "profitability", "revenue-decline", "revenue-growth", "negative-equity", "cash-burn",
                    "debt", "summary")),
    PRESS(Dimensions.MARKET_PERCEPTION, List.of("press"),
            "how press coverage perceives the company: the balance of bullish and bearish headlines, and"
                    + " headlines that are the company's own releases",
            List.of("sentiment-balance", "headline-sentiment", "company-release")),
    REGULATORY(Dimensions.REGULATORY_LEGAL, List.of("filings"),
            "regulatory and legal risk in the filings: restatements and non-reliance, auditor changes, officer"
                    + " changes, bankruptcy, impairments, delisting, investigations and other risk language",
            List.of("non-reliance", "auditor-change", "officer-change", "bankruptcy", "impairment", "delisting",
                    "risk-language", "company-press-release", "items-by-year")),
    PATENTS(Dimensions.INTELLECTUAL_PROPERTY, List.of("patents"),
            "the patent portfolio: size, grants against applications, recency, technology themes and"
                    + " dependence on few inventors",
            List.of("portfolio-size", "kind-split", "recency", "themes", "inventor-concentration")),
    LEADERSHIP(Dimensions.LEADERSHIP, List.of("leadership", "filings"),
            "the leadership team: executive officers, turnover of officers and directors, stability of"
                    + " management and insider transactions",
            List.of("executive-officers", "turnover", "stable-management", "insider-transactions"));

    private final String dimension;
    private final List<String> folders;
    private final String focus;
    private final List<String> subjects;

    AgentRole(String dimension, List<String> folders, String focus, List<String> subjects) {
        this.dimension = dimension;
        this.folders = folders;
        this.focus = focus;
        this.subjects = subjects;
    }

    /** The role named by a task's {@code agent} ({@code financials}, {@code press}, ...). */
    public static AgentRole of(String agent) {
        return Arrays.stream(values()).filter(r -> r.roleName().equalsIgnoreCase(agent.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("The llm agent cannot play role '" + agent
                        + "'; it plays " + Arrays.stream(values()).map(AgentRole::roleName)
                        .collect(Collectors.joining(", "))));
    }

    /** The role's name, the prefix of its topics. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String dimension() {
        return dimension;
    }

    /** The dossier folders whose files the model reads for this role. */
    public List<String> folders() {
        return folders;
    }

    /** What the role looks for, in words for the prompt. */
    public String focus() {
        return focus;
    }

    /** The finding topics of this role ({@code press.sentiment-balance}, ...). */
    public List<String> topics() {
        return subjects.stream().map(s -> roleName() + "." + s).toList();
    }

    /** True for a topic of this role's area: the role name, a dot, a lower-case subject. */
    public boolean ownsTopic(String topic) {
        return topic.matches(roleName() + "\\.[a-z0-9]+(-[a-z0-9]+)*");
    }
}
