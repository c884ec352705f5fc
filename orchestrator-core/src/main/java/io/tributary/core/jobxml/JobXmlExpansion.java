package io.tributary.core.jobxml;

import org.w3c.dom.Document;

/**
 * What Tributary does to a job XML before JBeret parses it: expands the agents it declares in one
 * line ({@link AgentFlows}) and checks the rules that let the policy see every agent
 * ({@link AgentStepRules}). JBeret then parses plain JSL, and a job that would silently lose an
 * agent's failure is refused when it starts, with a {@link jakarta.batch.operations.JobStartException}
 * naming the step.
 */
public final class JobXmlExpansion {

    private JobXmlExpansion() {
    }

    /**
     * The job XML with its declared agents expanded, once it passes the rules; a job XML without
     * declarations is returned byte for byte as given.
     *
     * @param bytes  the job XML as found
     * @param jobXml its name, for messages
     * @throws jakarta.batch.operations.JobStartException naming what is wrong
     */
    public static byte[] expand(byte[] bytes, String jobXml) {
        Document doc = JobXml.parse(bytes, jobXml);
        boolean declares = AgentFlows.declares(doc);
        if (declares) {
            AgentFlows.expand(doc, jobXml);
        }
        AgentStepRules.check(doc, jobXml);
        return declares ? JobXml.write(doc) : bytes;
    }
}
