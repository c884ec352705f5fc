package io.tributary.api.policy;

import java.util.Optional;

/**
 * What a decision knows beyond the outcomes: how often the run was already sent back to RETRY,
 * and a reviewer's verdict given on restart after ESCALATE.
 *
 * @param retriesSoFar RETRY decisions already taken in this run
 * @param verdict      {@code accept} or {@code reject}, when a reviewer gave one
 * @param reviewer     who gave it
 * @param note         why
 */
public record ReviewContext(int retriesSoFar, Optional<Verdict> verdict, String reviewer, String note) {

    /** A reviewer's verdict on an escalated run. */
    public enum Verdict {
        /** Go on with what arrived, as DEGRADED. */
        ACCEPT,
        /** Fail the run. */
        REJECT
    }

    public ReviewContext {
        verdict = verdict == null ? Optional.empty() : verdict;
        reviewer = reviewer == null ? "" : reviewer;
        note = note == null ? "" : note;
    }

    public static ReviewContext none(int retriesSoFar) {
        return new ReviewContext(retriesSoFar, Optional.empty(), "", "");
    }
}
