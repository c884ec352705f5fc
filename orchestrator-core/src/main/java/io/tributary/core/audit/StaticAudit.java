package io.tributary.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The static audit of a job definition: checks that every agent's failure can reach the policy
 * decision, that there is a decision and it names a valid policy, that the deadline, retries,
 * backoff, restart limit, on-unmet behaviour and token budget are declared (an explicit {@code 0}
 * or {@code none} counts as declared), and that every agent role has an owner. Each gap becomes an
 * {@link AuditFinding} saying what would happen.
 */
public final class StaticAudit {

    /** The declared settings, each with what happens when a job leaves it out. */
    static final Map<String, String> SETTINGS = settings();

    private StaticAudit() {
    }

    private static Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("agentTimeout", "no deadline declared (agentTimeout, nor agent.timeout in the runtime settings): a"
                + " hung agent holds the run until the process dies");
        m.put("retries", "no retries declared (retries, nor agent.retries): whether a rate limit or timeout is"
                + " tried again is nowhere stated");
        m.put("backoff", "no backoff declared (backoff, nor agent.backoff): retries may hammer a provider that is"
                + " already refusing calls");
        m.put("maxRestarts", "no restart limit declared: RETRY decisions follow the built-in limit of 3, not one"
                + " the job's owners chose");
        m.put("onUnmet", "no on-unmet behaviour declared: an unmet policy escalates by default, which the job"
                + " does not state");
        m.put("budgetTokens", "no token budget declared: model-backed agents may spend without limit (declare 0"
                + " for none)");
        return m;
    }

    /** Job properties a deployment may declare once for every job, in its runtime settings instead. */
    static final Map<String, String> RUNTIME_KEYS = Map.of("agentTimeout", "agent.timeout", "retries", "agent.retries",
            "backoff", "agent.backoff");

    /**
     * The findings for a job definition as deployed with the runtime settings of the class path
     * ({@value io.tributary.core.config.Settings#DEFAULTS_RESOURCE}), where the deadline, retries and
     * backoff of every job may be declared once.
     */
    public static List<AuditFinding> check(AuditedJob job) {
        Properties runtime = new Properties();
        try (var in = StaticAudit.class.getClassLoader().getResourceAsStream(
                io.tributary.core.config.Settings.DEFAULTS_RESOURCE)) {
            if (in != null) {
                runtime.load(in);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not read the runtime settings", e);
        }
        return check(job, runtime);
    }

    /** The findings for a job definition with the given runtime settings; empty when it passes. */
    public static List<AuditFinding> check(AuditedJob job, Properties runtime) {
        List<AuditFinding> out = new ArrayList<>();
        if (!job.refusal().isEmpty()) {
            out.add(new AuditFinding("refused-at-start", job.jobId(), "the runtime refuses this job when it starts,"
                    + " before any agent runs: " + job.refusal()));
        }
        for (String step : job.agentStepsWithoutFailureTransition()) {
            out.add(new AuditFinding("failure-transition", step, "agent step '" + step + "' has no <next on=\"*\">"
                    + " transition to a conclusion step nor the listener agentConclusion: when it fails, the whole job"
                    + " fails and the policy decision never sees it"));
        }
        if (!job.hasPolicyDecision()) {
            out.add(new AuditFinding("decision", job.jobId(), "job '" + job.jobId() + "' has no decision with"
                    + " ref=\"policyDecider\": nothing decides what a partial failure means"));
        }
        policy(job, out);
        SETTINGS.forEach((name, consequence) -> {
            String setting = RUNTIME_KEYS.get(name);
            boolean inRuntime = setting != null && !runtime.getProperty(setting, "").isBlank();
            if (job.declared(name).isEmpty() && !inRuntime) {
                out.add(new AuditFinding("setting", name, consequence));
            }
        });
        for (String role : job.roles()) {
            if (job.owner(role).isEmpty()) {
                out.add(new AuditFinding("owner", role, "agent role '" + role + "' has no owner (job property "
                        + role + ".owner or agent:owner): nobody is named as accountable for its part of the output"));
            }
        }
        return out;
    }

    private static void policy(AuditedJob job, List<AuditFinding> out) {
        if (job.declared("policy").isEmpty()) {
            out.add(new AuditFinding("policy", "policy", "no policy declared: the runtime's default rule applies,"
                    + " which the job does not state"));
            return;
        }
        try {
            DeclaredPolicy p = DeclaredPolicy.of(job.declaredProperties());
            for (String r : p.required()) {
                if (!job.roles().contains(r)) {
                    out.add(new AuditFinding("policy", "required", "required agent '" + r + "' is not one of the"
                            + " job's roles " + job.roles() + ": the policy can never be met"));
                }
            }
            if (p.rule().equals("quorum") && (p.quorum() < 1 || p.quorum() > job.roles().size())) {
                out.add(new AuditFinding("policy", "policy", "quorum " + p.quorum() + " cannot be met by "
                        + job.roles().size() + " agents"));
            }
        } catch (IllegalArgumentException e) {
            out.add(new AuditFinding("policy", "policy", "the declared policy is not valid: " + e.getMessage()
                    + "; every run would be refused at intake"));
        }
    }
}
