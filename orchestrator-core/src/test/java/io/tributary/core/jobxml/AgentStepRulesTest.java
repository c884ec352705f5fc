package io.tributary.core.jobxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.batch.operations.JobStartException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AgentStepRulesTest {

    static final String DECISION = """
            <decision id="policy" ref="policyDecider">
                <next on="PROCEED" to="done"/>
                <stop on="RETRY" exit-status="RETRY" restart="agents"/>
                <fail on="*" exit-status="FAIL"/>
            </decision>
            <step id="done"><batchlet ref="itDone"/></step>""";

    static String agent(String role, String transition, String restartable) {
        String allow = restartable.isEmpty() ? "" : " allow-start-if-complete=\"" + restartable + "\"";
        return "<flow id=\"" + role + "-flow\"><step id=\"" + role + "\"" + allow + ">"
                + "<properties><property name=\"agent\" value=\"" + role + "\"/></properties>"
                + "<chunk item-count=\"1\"><reader ref=\"agentReader\"/><processor ref=\"agentProcessor\"/>"
                + "<writer ref=\"agentWriter\"/></chunk>" + transition + "</step>"
                + "<step id=\"" + role + "-conclude\"" + allow + "><properties><property name=\"agent\" value=\""
                + role + "\"/></properties><batchlet ref=\"agentConclude\"/></step></flow>";
    }

    static String ok(String role) {
        return agent(role, "<next on=\"*\" to=\"" + role + "-conclude\"/>", "true");
    }

    /** An agent flow of one step that records its outcome itself, written by hand. */
    static String oneStep(String role, String extra) {
        return "<flow id=\"" + role + "-flow\"><step id=\"" + role + "\" allow-start-if-complete=\"true\">"
                + "<properties><property name=\"agent\" value=\"" + role + "\"/></properties>"
                + "<listeners><listener ref=\"agentConclusion\"/></listeners>"
                + "<chunk item-count=\"1\"><reader ref=\"agentReader\"/><processor ref=\"agentProcessor\"/>"
                + "<writer ref=\"agentWriter\"/></chunk>" + extra + "</step></flow>";
    }

    static String job(String agents, String splitContent, String after) {
        return "<job id=\"hand\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"2.0\">"
                + "<properties><property name=\"agents\" value=\"" + agents + "\"/></properties>"
                + "<step id=\"intake\" next=\"agents\"><batchlet ref=\"intake\"/></step>"
                + "<split id=\"agents\" next=\"policy\">" + splitContent + "</split>" + after + "</job>";
    }

    static void check(String xml) {
        JobXmlExpansion.expand(xml.getBytes(StandardCharsets.UTF_8), "hand.xml");
    }

    @Test
    void handWrittenJobFollowingTheRules_starts() {
        assertThatCode(() -> check(job("a,b", ok("a") + ok("b"), DECISION))).doesNotThrowAnyException();
    }

    @Test
    void handWrittenOneStepAgents_andOldTwoStepAgents_startSideBySide() {
        assertThatCode(() -> check(job("a,b", oneStep("a", "") + ok("b"), DECISION))).doesNotThrowAnyException();
    }

    @Test
    void oneStepAgentWithoutAllowStartIfComplete_isRejected_whenTheDecisionCanRestartIt() {
        String xml = job("a", oneStep("a", "").replace(" allow-start-if-complete=\"true\"", ""), DECISION);

        assertThatThrownBy(() -> check(xml)).hasMessageContaining("step 'a' lacks allow-start-if-complete");
    }

    @Test
    void agentStepThatConcludesItselfAndMovesOnToAConclusionStep_isRejected_asItWouldConcludeTwice() {
        String xml = job("a", agent("a", "<listeners><listener ref=\"agentConclusion\"/></listeners>"
                + "<next on=\"*\" to=\"a-conclude\"/>", "true").replace("</properties><chunk",
                "</properties><listeners><listener ref=\"agentConclusion\"/></listeners><chunk")
                .replace("</chunk><listeners><listener ref=\"agentConclusion\"/></listeners>", "</chunk>"), DECISION);

        assertThatThrownBy(() -> check(xml)).hasMessageContaining("agent step 'a' records its outcome itself"
                + " (listener agentConclusion) and also moves on to the agentConclude step 'a-conclude'");
    }

    @Test
    void agentStepWithoutTheFailureTransition_isRejectedNamingTheStep() {
        String xml = job("a,b", ok("a") + agent("b", "<next on=\"COMPLETED\" to=\"b-conclude\"/>", "true"), DECISION);

        assertThatThrownBy(() -> check(xml)).isInstanceOf(JobStartException.class)
                .hasMessageStartingWith("Job 'hand' (hand.xml) cannot start: agent step 'b' has no <next on=\"*\"")
                .hasMessageNotContaining("agent step 'a'");
    }

    @Test
    void agentStepMovingOnToSomethingElseThanItsConclusion_isRejected() {
        String xml = job("a", agent("a", "<next on=\"*\" to=\"policy\"/>", "true"), DECISION);

        assertThatThrownBy(() -> check(xml)).hasMessageContaining("agent step 'a' moves on to 'policy', which is not"
                + " an agentConclude step");
    }

    @Test
    void agentStepsWithoutAllowStartIfComplete_areRejected_whenTheDecisionCanRestartThem() {
        String xml = job("a", agent("a", "<next on=\"*\" to=\"a-conclude\"/>", ""), DECISION);

        assertThatThrownBy(() -> check(xml)).hasMessageContaining("step 'a' lacks allow-start-if-complete")
                .hasMessageContaining("step 'a-conclude' lacks allow-start-if-complete");
    }

    @Test
    void agentStepsWithoutAllowStartIfComplete_areAccepted_whenNothingRestartsThem() {
        String noRestart = DECISION.replace("<stop on=\"RETRY\" exit-status=\"RETRY\" restart=\"agents\"/>", "");

        assertThatCode(() -> check(job("a", agent("a", "<next on=\"*\" to=\"a-conclude\"/>", ""), noRestart)))
                .doesNotThrowAnyException();
    }

    @Test
    void jobWithAgentsButNoPolicyDecision_isRejected() {
        String xml = job("a", ok("a"), "").replace("next=\"policy\"", "");

        assertThatThrownBy(() -> check(xml)).hasMessageContaining("no <decision ref=\"policyDecider\">");
    }

    @Test
    void agentOutsideTheSplitThatLeadsToTheDecision_isRejected() {
        String late = ok("late").replace("<flow id=\"late-flow\">", "").replace("</flow>", "");
        String xml = job("a,late", ok("a"), DECISION.replace("<step id=\"done\"><batchlet ref=\"itDone\"/></step>",
                "<step id=\"done\" next=\"late\"><batchlet ref=\"itDone\"/></step>" + late));

        assertThatThrownBy(() -> check(xml)).hasMessageContaining("step 'late' never reaches the policy decision")
                .hasMessageContaining("step 'late-conclude' never reaches");
    }

    @Test
    void agentsPropertyDisagreeingWithTheAgentSteps_isRejectedNamingTheRoles() {
        assertThatThrownBy(() -> check(job("a", ok("a") + ok("b"), DECISION)))
                .hasMessageContaining("agent(s) b have steps but are not in the job property 'agents'");
        assertThatThrownBy(() -> check(job("a,b,c", ok("a") + ok("b"), DECISION)))
                .hasMessageContaining("agent(s) c are in the job property 'agents' but have no agent step");
    }

    @Test
    void checkpointWindowWrittenOutBadly_isRejectedNamingThePropertyAndWhereItIs() {
        String step = oneStep("a", "").replace("<property name=\"agent\" value=\"a\"/>",
                "<property name=\"agent\" value=\"a\"/><property name=\"checkpointItems\" value=\"none\"/>");
        String xml = job("a", step, DECISION).replace("</properties><step id=\"intake\"",
                "<property name=\"checkpointMillis\" value=\"-5\"/></properties><step id=\"intake\"");

        assertThatThrownBy(() -> check(xml)).satisfies(e -> assertThat(e.getMessage()).contains(
                "the property 'checkpointItems' of step 'a' must be a whole number of at least 1, was 'none'",
                "the property 'checkpointMillis' of the job must be a whole number of at least 1, was '-5'"));
    }

    @Test
    void agentCheckpointWithoutTheCustomPolicy_isRejected_asTheRuntimeWouldIgnoreIt() {
        String step = oneStep("a", "").replace("<writer ref=\"agentWriter\"/></chunk>",
                "<writer ref=\"agentWriter\"/><checkpoint-algorithm ref=\"agentCheckpoint\"/></chunk>");

        assertThatThrownBy(() -> check(job("a", step, DECISION))).hasMessageContaining("step 'a' names the"
                + " checkpoint algorithm agentCheckpoint without checkpoint-policy=\"custom\"");
        assertThatCode(() -> check(job("a", step.replace("<chunk item-count=\"1\">",
                "<chunk checkpoint-policy=\"custom\">"), DECISION))).doesNotThrowAnyException();
    }

    @Test
    void checkpointWindowFromJobParameters_isLeftToIntake() {
        String step = oneStep("a", "").replace("<property name=\"agent\" value=\"a\"/>",
                "<property name=\"agent\" value=\"a\"/><property name=\"checkpointItems\""
                        + " value=\"#{jobParameters['a.checkpointItems']}?:5;\"/>");

        assertThatCode(() -> check(job("a", step, DECISION))).doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRule_isNamedInOneMessage() {
        String xml = job("a,b", agent("a", "", "true") + agent("b", "", "true"), DECISION);

        assertThatThrownBy(() -> check(xml)).satisfies(e -> assertThat(e.getMessage())
                .contains("agent step 'a' has no", "agent step 'b' has no"));
    }

    @Test
    void jobWithoutAgentSteps_needsNoDecision() {
        assertThatCode(() -> check("<job id=\"bare\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"2.0\">"
                + "<step id=\"s\"><batchlet ref=\"noop\"/></step></job>")).doesNotThrowAnyException();
    }
}
