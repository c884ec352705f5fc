package io.tributary.synthesis.report.internal;

import io.tributary.api.policy.Decision;
import java.util.List;

/**
 * What a person must decide when a run stopped for them: the report written at that stop is
 * provisional, an assessment of what arrived, and says which decision is asked, what is missing
 * and why, and the exact commands that accept, reject or restart the run.
 *
 * @param outcome  the decision the run stopped on, RETRY or ESCALATE
 * @param asked    the decision asked of the reviewer
 * @param reason   why the policy stopped the run
 * @param missing  what did not arrive, and why
 * @param commands the commands to go on, one per choice
 */
public record ReviewPacket(Decision outcome, String asked, String reason, List<String> missing,
        List<String> commands) {

    /** The launcher as the README runs it. */
    public static final String LAUNCHER = "java -jar batch-jobs/target/tributary.jar";

    public ReviewPacket {
        missing = List.copyOf(missing);
        commands = List.copyOf(commands);
    }

    /** The packet of a report written when the run stopped for RETRY or ESCALATE; null otherwise. */
    static ReviewPacket of(ReportModel model) {
        var decision = model.decision();
        if (decision == null || decision.outcome() != Decision.RETRY && decision.outcome() != Decision.ESCALATE) {
            return null;
        }
        long execution = model.run().executionId();
        String restart = LAUNCHER + " restart " + execution;
        List<String> missing = ReportAnswers.missing(model);
        if (decision.outcome() == Decision.RETRY) {
            return new ReviewPacket(decision.outcome(), "Restart the run once the cause is fixed (or simply later, "
                    + "for timeouts and rate limits): only the agents that did not deliver run again.",
                    decision.reason(), missing, List.of(restart));
        }
        return new ReviewPacket(decision.outcome(), "Accept what arrived (the run goes on to its final report, "
                + "DEGRADED, without " + String.join(", ", decision.missingAgents()) + ") or reject it (the run "
                + "fails).", decision.reason(), missing, List.of(
                        restart + " review=accept reviewer=<your name> reviewNote=\"<why>\"",
                        restart + " review=reject reviewer=<your name> reviewNote=\"<why>\""));
    }
}
