package io.tributary.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticAuditTest {

    private static final String SETTINGS = """
            <property name="policy" value="#{jobParameters['policy']}?:quorum:1;"/>
            <property name="agentTimeout" value="PT1M"/>
            <property name="retries" value="0"/>
            <property name="backoff" value="PT0S"/>
            <property name="maxRestarts" value="#{jobParameters['maxRestarts']}?:1;"/>
            <property name="onUnmet" value="fail"/>
            <property name="budgetTokens" value="0"/>
            """;

    private static List<AuditFinding> audit(String properties, String body) {
        String xml = "<job id=\"j\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" xmlns:agent=\"urn:tributary:agent\""
                + " version=\"2.0\"><properties>" + properties + "</properties>" + body + "</job>";
        return StaticAudit.check(AuditedJob.parse(xml.getBytes(StandardCharsets.UTF_8), "j"), new java.util.Properties());
    }

    private static String agentStep(String id, String transition) {
        return "<step id=\"" + id + "\"><properties><property name=\"agent\" value=\"" + id + "\"/></properties>"
                + "<chunk><reader ref=\"agentReader\"/><processor ref=\"agentProcessor\"/><writer ref=\"agentWriter\"/>"
                + "</chunk>" + transition + "</step>";
    }

    private static final String DECISION = "<decision id=\"policy\" ref=\"policyDecider\"><end on=\"*\"/></decision>";

    @Test
    void everythingDeclared_withExplicitZeros_andOwners_hasNoFinding() {
        String owners = "<property name=\"a.owner\" value=\"Risk team\"/>";
        assertThat(audit(SETTINGS + owners, "<split id=\"s\" next=\"policy\"><flow id=\"f\" agent:role=\"a\"/>"
                + "</split>" + DECISION)).isEmpty();
    }

    @Test
    void agentStepWithoutCatchAllTransition_isNamed_andSaysThePolicyNeverSeesItsFailure() {
        List<AuditFinding> findings = audit(SETTINGS + "<property name=\"a.owner\" value=\"x\"/>"
                + "<property name=\"agents\" value=\"a\"/>", "<split id=\"s\" next=\"policy\"><flow id=\"f\">"
                + agentStep("a", "<next on=\"COMPLETED\" to=\"a-conclude\"/>") + "<step id=\"a-conclude\">"
                + "<batchlet ref=\"agentConclude\"/></step></flow></split>" + DECISION);
        assertThat(findings).extracting(AuditFinding::rule).containsExactly("refused-at-start", "failure-transition");
        assertThat(findings.get(0).message()).contains("'a'");
        assertThat(findings.get(1).subject()).isEqualTo("a");
        assertThat(findings.get(1).message()).contains("'a'").contains("never sees");
    }

    @Test
    void handWrittenAgentStepThatRecordsItsOutcomeItself_hasNoFailureTransitionFinding() {
        String step = agentStep("a", "").replace("<chunk", "<listeners><listener ref=\"agentConclusion\"/></listeners><chunk");
        List<AuditFinding> findings = audit(SETTINGS + "<property name=\"a.owner\" value=\"x\"/>"
                + "<property name=\"agents\" value=\"a\"/>", "<split id=\"s\" next=\"policy\"><flow id=\"f\">"
                + step + "</flow></split>" + DECISION);
        assertThat(findings).isEmpty();
    }

    @Test
    void missingDecisionSettingsAndOwner_eachBecomeAFindingSayingWhatWouldHappen() {
        List<AuditFinding> findings = audit("<property name=\"b.owner\" value=\"Legal\"/>",
                "<split id=\"s\"><flow id=\"f\" agent:role=\"a\"/><flow id=\"g\" agent:role=\"b\"/></split>");
        assertThat(findings).extracting(AuditFinding::rule).containsExactly("refused-at-start", "decision", "policy", "setting",
                "setting", "setting", "setting", "setting", "setting", "owner");
        assertThat(findings).filteredOn(f -> f.rule().equals("owner")).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("a"));
        assertThat(findings).filteredOn(f -> f.subject().equals("agentTimeout")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("hung agent"));
    }

    @Test
    void deadlineRetriesAndBackoffInTheRuntimeSettings_countAsDeclared() {
        String xml = "<job id=\"j\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" xmlns:agent=\"urn:tributary:agent\""
                + " version=\"2.0\"><properties>" + SETTINGS.replaceAll(".*name=\"(agentTimeout|retries|backoff)\".*\n", "")
                + "</properties><split id=\"s\" next=\"policy\"><flow id=\"f\" agent:role=\"a\" agent:owner=\"x\"/></split>"
                + DECISION + "</job>";
        AuditedJob job = AuditedJob.parse(xml.getBytes(StandardCharsets.UTF_8), "j");
        java.util.Properties runtime = new java.util.Properties();
        assertThat(StaticAudit.check(job, runtime)).extracting(AuditFinding::subject)
                .containsExactly("agentTimeout", "retries", "backoff");
        runtime.setProperty("agent.timeout", "PT5M");
        runtime.setProperty("agent.retries", "2");
        runtime.setProperty("agent.backoff", "PT0.5S");
        assertThat(StaticAudit.check(job, runtime)).isEmpty();
    }

    @Test
    void ownerOnTheOneLineDeclaration_counts() {
        List<AuditFinding> findings = audit(SETTINGS, "<split id=\"s\" next=\"policy\"><flow id=\"f\" agent:role=\"a\""
                + " agent:owner=\"Treasury\"/></split>" + DECISION);
        assertThat(findings).isEmpty();
    }

    @Test
    void requiredAgentThatIsNoRole_andInvalidPolicy_areFindings() {
        String required = SETTINGS.replace("quorum:1", "required") + "<property name=\"required\" value=\"z\"/>"
                + "<property name=\"a.owner\" value=\"x\"/>";
        assertThat(audit(required, "<split id=\"s\" next=\"policy\"><flow id=\"f\" agent:role=\"a\"/></split>"
                + DECISION)).singleElement().satisfies(f -> assertThat(f.message()).contains("'z'").contains("never be met"));
        String invalid = SETTINGS.replace("quorum:1", "most") + "<property name=\"a.owner\" value=\"x\"/>";
        assertThat(audit(invalid, "<split id=\"s\" next=\"policy\"><flow id=\"f\" agent:role=\"a\"/></split>"
                + DECISION)).singleElement().satisfies(f -> assertThat(f.message()).contains("'most'"));
    }
}
