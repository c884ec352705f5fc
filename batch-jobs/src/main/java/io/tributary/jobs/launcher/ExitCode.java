package io.tributary.jobs.launcher;

import io.tributary.api.policy.Decision;
import io.tributary.core.batch.ExecutionExitCodes;
import jakarta.batch.runtime.BatchStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's exit codes, for scheduler authors: the one list the usage help, the JSON
 * ({@code exitCode}) and the README table are made from. A run with a missing agent never exits 0.
 */
public enum ExitCode {
    OK(ExecutionExitCodes.OK, "completed, every agent delivered (PROCEED)"),
    FAILED(ExecutionExitCodes.FAILED, "failed: a FAIL decision, a failed step (a report that could not be written),"
            + " or an orphaned execution"),
    USAGE(ExecutionExitCodes.USAGE, "bad usage or bad input: unknown job or command, malformed parameter, invalid"
            + " dossier, policy or reportDir, an execution that cannot be restarted"),
    DEGRADED(ExecutionExitCodes.DEGRADED, "completed DEGRADED: the policy held but agents are missing"),
    RETRY(ExecutionExitCodes.RETRY, "stopped for RETRY: restart it later to re-run what did not deliver"),
    ESCALATE(ExecutionExitCodes.ESCALATE, "stopped for human review (ESCALATE): restart it with review=accept or"
            + " review=reject"),
    RUNNING(ExecutionExitCodes.RUNNING, "(status only) still running, its process alive"),
    STOPPED(ExecutionExitCodes.STOPPED, "stopped on request (SIGTERM): committed work stands; restart it to go on"),
    AUDIT_FAILED(ExecutionExitCodes.AUDIT_FAILED, "(audit only) a static finding, or a drill case that did not end as"
            + " the declared policy says");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * How an execution ended, as an exit code.
     *
     * @param decision the policy decision this execution made, if it made one
     */
    public static ExitCode of(BatchStatus status, String exitStatus, Optional<Decision> decision) {
        int code = ExecutionExitCodes.of(status, exitStatus, decision);
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst().orElseThrow();
    }

    /** Code and meaning of each, in code order, for the usage help. */
    static Map<String, String> usageList() {
        Map<String, String> list = new LinkedHashMap<>();
        Arrays.stream(values()).sorted(java.util.Comparator.comparingInt(ExitCode::code))
                .forEach(c -> list.put(Integer.toString(c.code) + ":", c.meaning));
        return list;
    }
}
