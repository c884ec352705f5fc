package io.tributary.agents.regulatory.internal;

import io.tributary.api.finding.Severity;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Legal and regulatory risk language worth a reader's attention in a filing, each with how much
 * it weighs when a filing states it as fact. Patterns are narrow on purpose: "amended and
 * restated" (a bylaw or credit agreement) is not a restatement of financial statements.
 */
public enum RiskTerm {
    RESTATEMENT("restatement", Severity.MEDIUM,
            "\\brestatements?\\b|\\brestate\\b|\\brestated\\b"),
    MATERIAL_WEAKNESS("material weakness", Severity.MEDIUM, "\\bmaterial weakness(?:es)?\\b"),
    GOING_CONCERN("going concern", Severity.HIGH, "\\bgoing concern\\b"),
    SUBPOENA("subpoena", Severity.MEDIUM, "\\bsubpoena(?:s|ed)?\\b"),
    INVESTIGATION("investigation", Severity.LOW, "\\binvestigations?\\b"),
    GROUNDING("grounding", Severity.MEDIUM, "\\bgrounding\\b|\\bgrounded\\b"),
    CONSENT_DECREE("consent decree", Severity.MEDIUM, "\\bconsent (?:decree|order)s?\\b"),
    DEFERRED_PROSECUTION("deferred prosecution", Severity.HIGH, "\\bdeferred prosecution\\b"),
    PLEA_AGREEMENT("plea agreement", Severity.HIGH, "\\bplea agreement\\b|\\bguilty plea\\b|\\bplead(?:ed)? guilty\\b"),
    CRIMINAL_CHARGE("criminal charge", Severity.HIGH, "\\bindict(?:ed|ment)\\b|\\bcriminal charges?\\b"),
    WELLS_NOTICE("Wells notice", Severity.MEDIUM, "\\bwells notice\\b"),
    CLASS_ACTION("class action", Severity.LOW, "\\bclass actions?\\b");

    /** Words just before a match that make it something else ("amended and restated", "not restated"). */
    private static final Pattern NOT_A_RESTATEMENT =
            Pattern.compile("(?i)(?:amended\\s+(?:and|&)|not(?:\\s+been)?|as)\\s+$");

    private final String term;
    private final Severity weight;
    private final Pattern pattern;

    RiskTerm(String term, Severity weight, String regex) {
        this.term = term;
        this.weight = weight;
        // words of a term may stand apart by several spaces or a line break in filing text
        this.pattern = Pattern.compile(regex.replace(" ", "\\s+"), Pattern.CASE_INSENSITIVE);
    }

    /** The term as findings name it (the {@code term} attribute). */
    public String term() {
        return term;
    }

    /** The severity when a filing states it as fact. */
    public Severity weight() {
        return weight;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** True when the text just before a match shows it is not this term's meaning. */
    public boolean excludedAfter(String before) {
        return this == RESTATEMENT && NOT_A_RESTATEMENT.matcher(before).find();
    }

    /** A key-safe form of the term, such as {@code material-weakness}. */
    public String slug() {
        return term.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
