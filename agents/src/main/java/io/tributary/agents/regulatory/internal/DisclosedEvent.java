package io.tributary.agents.regulatory.internal;

import io.tributary.api.finding.Severity;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A legal or regulatory event a filing can disclose, and how a sentence shows that it happened
 * rather than that it could. Each event is found through the sentences that name it (the same
 * term the word-count reading counts) and is disclosed only by a sentence that also states it as
 * fact: "we received a subpoena from the SEC", "we have restated our consolidated financial
 * statements", "a material weakness ... existed". A sentence that names it only as a possibility
 * ("could be subject to investigations") discloses nothing.
 */
enum DisclosedEvent {
    NON_RELIANCE(null, "regulatory.non-reliance", "a non-reliance on issued financial statements", Severity.HIGH,
            "\\bno longer be relied\\s+(?:up)?on\\b|\\bnon-reliance\\b",
            "\\bshould no longer be relied|\\b(?:concluded|determined)\\b[^.;]{0,160}\\bno longer be relied",
            null, Requirement.NONE),
    RESTATEMENT(RiskTerm.RESTATEMENT, "regulatory.restatement", "a restatement of financial statements", Severity.HIGH,
            null,
            "\\b(?:have|has|had|we|company)\\s+(?:been\\s+)?restated\\s+(?:herein\\s+|also\\s+)?"
                    + "(?:our|its|the|certain|previously|prior|impacted)\\b"
                    + "|\\brestates\\b|\\b(?:are|were|being)\\s+(?:being\\s+)?restated\\b"
                    + "|\\brestatement\\s+of\\s+(?:our\\s+|its\\s+|the\\s+|certain\\s+(?:of\\s+)?(?:our\\s+)?)?"
                    + "(?:previously\\s+(?:issued|reported)\\s+)?(?:consolidated\\s+|interim\\s+|quarterly\\s+)?financial",
            "\\bto reflect\\b|\\bretrospective|\\badoption of\\b|\\breclassif|\\bamended and restated\\b",
            Requirement.NONE),
    MATERIAL_WEAKNESS(RiskTerm.MATERIAL_WEAKNESS, "regulatory.material-weakness",
            "a material weakness in internal control", Severity.HIGH, null,
            "\\b(?:identified|have|has|had|existed|reported|disclosed|due to|because of|result of|remediate|"
                    + "remediation of|remediating)\\b[^.;]{0,60}?\\bmaterial weakness"
                    + "|\\bmaterial weakness(?:es)?\\b[^.;]{0,100}?\\b(?:existed|exists|exist|was identified|"
                    + "were identified|(?:has|have) not been remediated)\\b"
                    + "|\\b(?:was|were) not effective\\b|\\bdid not maintain effective\\b",
            "\\b(?:has|have|had|was|were)\\s+(?:been\\s+)?(?:fully\\s+)?remediated\\b|\\bno material weakness"
                    + "|\\bnot identified any material weakness|\\ball significant deficiencies and material weaknesses",
            Requirement.NONE),
    GOING_CONCERN(RiskTerm.GOING_CONCERN, "regulatory.going-concern", "substantial doubt about going concern",
            Severity.HIGH, null, "\\bsubstantial doubt\\b",
            "\\bno substantial doubt|\\balleviat|\\bnot (?:raise|result in) substantial doubt", Requirement.NONE),
    SUBPOENA(RiskTerm.SUBPOENA, "regulatory.subpoena", "a subpoena", Severity.MEDIUM, null,
            "\\b(?:received|receipt of|issued|served|respond(?:ed|ing) to|compl(?:ied|ying) with|pursuant to)\\b"
                    + "[^.;]{0,80}?\\bsubpoena|\\bsubpoenas?\\b[^.;]{0,40}?\\b(?:received|issued|served)\\b",
            null, Requirement.NONE),
    INVESTIGATION(RiskTerm.INVESTIGATION, "regulatory.investigation", "a named investigation", Severity.MEDIUM, null,
            "\\b(?:is|are|was|were)\\s+(?:conducting|investigating)\\b|\\b(?:opened|commenced|initiated|launched|"
                    + "began|conducted|completed|concluded|closed)\\b[^.;]{0,60}?\\b(?:investigation|inquiry)"
                    + "|\\b(?:cooperat(?:e|es|ed|ing)|ongoing|pending|continuing)\\b",
            null, Requirement.AUTHORITY_OR_INTERNAL),
    GROUNDING(RiskTerm.GROUNDING, "regulatory.grounding", "a grounding order", Severity.MEDIUM, null,
            "\\bthe\\s+(?:737\\s+MAX\\s+)?grounding\\b|\\bgrounding\\s+of\\s+(?:the|our)\\b"
                    + "|\\b(?:was|were|been|remains?|remained|continued? to be)\\s+grounded\\b",
            null, Requirement.NONE),
    CONSENT_DECREE(RiskTerm.CONSENT_DECREE, "regulatory.consent-decree", "a consent decree or order",
            Severity.MEDIUM, null,
            "\\b(?:entered(?:\\s+into)?|agreed to|signed|under|pursuant to|terms of|compl(?:y|ying) with)\\b"
                    + "[^.;]{0,40}?\\bconsent (?:decree|order)", null, Requirement.NONE),
    DEFERRED_PROSECUTION(RiskTerm.DEFERRED_PROSECUTION, "regulatory.deferred-prosecution",
            "a deferred prosecution agreement", Severity.HIGH, null,
            "\\b(?:entered into|under|pursuant to|terms of|breach(?:ed)?|the|our)\\b[^.;]{0,30}?\\bdeferred prosecution",
            null, Requirement.NONE),
    PLEA_AGREEMENT(RiskTerm.PLEA_AGREEMENT, "regulatory.plea-agreement", "a guilty plea", Severity.HIGH, null,
            "\\bpleaded guilty\\b|\\bpled guilty\\b|\\bentered into[^.;]{0,30}plea agreement"
                    + "|\\bplea agreement (?:with|was)\\b", null, Requirement.NONE),
    CRIMINAL_CHARGE(RiskTerm.CRIMINAL_CHARGE, "regulatory.criminal-charge", "a criminal charge", Severity.HIGH, null,
            "\\b(?:was|were|been)\\s+(?:indicted|charged)\\b|\\bindictment\\s+(?:was|were|filed|unsealed|against)\\b"
                    + "|\\bcriminal charges?\\s+(?:were|was|against)\\b", null, Requirement.NONE),
    WELLS_NOTICE(RiskTerm.WELLS_NOTICE, "regulatory.wells-notice", "a Wells notice", Severity.MEDIUM, null,
            "\\breceived\\b[^.;]{0,60}?\\bwells notice|\\bwells notice\\b[^.;]{0,40}?\\b(?:received|issued)\\b",
            null, Requirement.NONE),
    CLASS_ACTION(RiskTerm.CLASS_ACTION, "regulatory.class-action", "a named class action", Severity.MEDIUM, null,
            "\\b(?:filed|commenced|brought|captioned|styled|pending)\\b", null, Requirement.NAMED_COURT);

    /** What else a disclosing sentence must name. */
    enum Requirement {
        NONE,
        /** An authority (SEC, DOJ, ...) or the company's own internal investigation. */
        AUTHORITY_OR_INTERNAL,
        /** A court or a case name ("In re ...", "... v. ..."). */
        NAMED_COURT
    }

    private static final Pattern INTERNAL = Pattern.compile("\\binternal investigation\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COURT = Pattern.compile("\\b(?:District Court|Court of|Superior Court|Chancery)\\b"
            + "|\\bIn re\\s+[A-Z]|\\b[A-Z][\\w.&,]*(?:\\s+[A-Z][\\w.&,]*)*\\s+v\\.\\s+[A-Z]");

    private final RiskTerm term;
    private final String topic;
    private final String title;
    private final Severity severity;
    private final Pattern cue;
    private final Pattern fact;
    private final Pattern notThis;
    private final Requirement requirement;

    DisclosedEvent(RiskTerm term, String topic, String title, Severity severity, String cue, String fact,
            String notThis, Requirement requirement) {
        this.term = term;
        this.topic = topic;
        this.title = title;
        this.severity = severity;
        // the cue runs on the raw text, where words may stand apart by several spaces or a line break
        this.cue = Pattern.compile((cue == null ? term.pattern().pattern() : cue).replace(" ", "\\s+"),
                Pattern.CASE_INSENSITIVE);
        this.fact = Pattern.compile(fact, Pattern.CASE_INSENSITIVE);
        this.notThis = notThis == null ? null : Pattern.compile(notThis, Pattern.CASE_INSENSITIVE);
        this.requirement = requirement;
    }

    /** The word-count term this event is found through, when there is one. */
    Optional<RiskTerm> term() {
        return Optional.ofNullable(term);
    }

    /** The finding topic of a disclosure, such as {@code regulatory.subpoena}. */
    String topic() {
        return topic;
    }

    /** The event in words, for claims. */
    String title() {
        return title;
    }

    /** How much a disclosure weighs. */
    Severity severity() {
        return severity;
    }

    /** A key-safe name, the same as the term's where there is one. */
    String slug() {
        return term == null ? topic.substring(topic.indexOf('.') + 1) : term.slug();
    }

    /** The term as written in findings. */
    String termName() {
        return term == null ? slug() : term.term();
    }

    Pattern cue() {
        return cue;
    }

    /**
     * True when {@code sentence} states this event as fact: a factual phrase whose clause (up to the
     * next comma or semicolon) speaks of no possibility, in a sentence that is not another meaning
     * of the term and names what this event requires.
     */
    boolean disclosedBy(String sentence, boolean namesAuthority) {
        if (notThis != null && notThis.matcher(sentence).find() || !required(sentence, namesAuthority)) {
            return false;
        }
        var m = fact.matcher(sentence);
        while (m.find()) {
            int clauseEnd = clauseEnd(sentence, m.end());
            if (!Sentences.hedged(sentence.substring(0, clauseEnd))) {
                return true;
            }
        }
        return false;
    }

    private boolean required(String sentence, boolean namesAuthority) {
        return switch (requirement) {
            case NONE -> true;
            case AUTHORITY_OR_INTERNAL -> namesAuthority || INTERNAL.matcher(sentence).find();
            case NAMED_COURT -> COURT.matcher(sentence).find();
        };
    }

    private static int clauseEnd(String sentence, int from) {
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == ',' || c == ';') {
                return i;
            }
        }
        return sentence.length();
    }
}
