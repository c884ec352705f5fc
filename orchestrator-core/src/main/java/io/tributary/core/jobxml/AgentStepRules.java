package io.tributary.core.jobxml;

import io.tributary.core.batch.CheckpointWindow;
import jakarta.batch.operations.JobStartException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules without which a job's policy decision silently never sees a failed agent. JBeret
 * accepts a job that breaks them and then fails the whole job, or restarts nothing, without a
 * word; these rules reject it when it starts, naming the step:
 * <ol>
 * <li>a job with agent steps has a {@code <decision ref="policyDecider">};</li>
 * <li>every agent step (agentReader) records its agent's outcome: either itself, with the step
 * listener {@code agentConclusion} (the shape a one-line declaration expands to), or, in the older
 * two-step shape, by moving on whatever happens, {@code <next on="*">}, to a conclusion step
 * (agentConclude): a step that fails inside a split ends the whole job before the decision runs;
 * a step that does both would record the outcome twice;</li>
 * <li>every agent step and conclusion step reaches the decision;</li>
 * <li>when the decision can send the run back to its agents ({@code <stop restart="...">}), every
 * agent and conclusion step has {@code allow-start-if-complete="true"}: an agent whose step
 * completed with a failed outcome would otherwise never run again;</li>
 * <li>the job property {@code agents}, which the policy counts, names exactly the roles of the
 * agent steps (unless it is computed from job parameters);</li>
 * <li>no two elements share an id;</li>
 * <li>the checkpoint window the job or an agent step sets ({@code checkpointItems},
 * {@code checkpointMillis}) is a whole number of at least 1, where it is written out rather than
 * taken from job parameters (which intake checks), and a chunk naming the checkpoint algorithm
 * {@code agentCheckpoint} has {@code checkpoint-policy="custom"}, without which JBeret ignores it.</li>
 * </ol>
 * Steps that inherit from a parent ({@code parent="..."}) are not checked: their content is known
 * only after JBeret resolves the inheritance.
 */
final class AgentStepRules {

    static final String DECIDER = "policyDecider";
    /** The step listener with which an agent step records its agent's outcome itself. */
    static final String CONCLUSION = "agentConclusion";

    private AgentStepRules() {
    }

    /** Checks the job; throws one {@link JobStartException} naming every broken rule. */
    static void check(Document doc, String jobXml) {
        Element job = doc.getDocumentElement();
        List<String> problems = new ArrayList<>();
        Map<String, Element> byId = ids(doc, problems);
        List<Element> agentSteps = steps(doc, "agentReader");
        List<Element> conclusions = steps(doc, "agentConclude");
        if (!agentSteps.isEmpty() || !conclusions.isEmpty()) {
            Optional<Element> decision = JobXml.all(doc, "decision").stream()
                    .filter(d -> DECIDER.equals(d.getAttribute("ref"))).findFirst();
            if (decision.isEmpty()) {
                problems.add("it has agent steps but no <decision ref=\"" + DECIDER + "\">, so no policy decides on"
                        + " their outcomes");
            } else {
                checkSteps(agentSteps, conclusions, decision.get(), byId, problems);
            }
            checkAgentsProperty(job, agentSteps, problems);
            checkWindow(job, "the job", problems);
            for (Element step : agentSteps) {
                checkWindow(step, "step '" + step.getAttribute("id") + "'", problems);
                checkCheckpointPolicy(step, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new JobStartException("Job '" + job.getAttribute("id") + "' (" + jobXml + ") cannot start: "
                    + String.join("; ", problems));
        }
    }

    private static void checkSteps(List<Element> agentSteps, List<Element> conclusions, Element decision,
            Map<String, Element> byId, List<String> problems) {
        for (Element step : agentSteps) {
            checkConclusion(step, conclusions, byId, problems);
        }
        boolean restartsAgents = JobXml.children(decision, "stop").stream()
                .anyMatch(s -> JobXml.attribute(s, "restart").isPresent());
        List<Element> all = new ArrayList<>(agentSteps);
        all.addAll(conclusions);
        for (Element step : all) {
            String id = step.getAttribute("id");
            if (restartsAgents && !"true".equals(step.getAttribute("allow-start-if-complete").trim())) {
                problems.add("step '" + id + "' lacks allow-start-if-complete=\"true\", so a restart after "
                        + "RETRY or ESCALATE would not run the agent again");
            }
            if (!reaches(step, decision, byId)) {
                problems.add("step '" + id + "' never reaches the policy decision '" + decision.getAttribute("id")
                        + "'; put agents in the flows of a split whose next is the decision");
            }
        }
    }

    /** An agent step concludes itself (agentConclusion) or moves on to an agentConclude step, not both. */
    private static void checkConclusion(Element step, List<Element> conclusions, Map<String, Element> byId,
            List<String> problems) {
        String id = step.getAttribute("id");
        Optional<String> next = JobXml.children(step, "next").stream()
                .filter(n -> "*".equals(n.getAttribute("on").trim())).map(n -> n.getAttribute("to")).findFirst();
        boolean concludesItself = concludesItself(step);
        if (concludesItself && next.filter(n -> conclusions.contains(byId.get(n))).isPresent()) {
            problems.add("agent step '" + id + "' records its outcome itself (listener " + CONCLUSION + ") and also"
                    + " moves on to the agentConclude step '" + next.get() + "'; remove one of them");
        } else if (concludesItself) {
            return;
        } else if (next.isEmpty()) {
            problems.add("agent step '" + id + "' has no <next on=\"*\"> to an agentConclude step nor the listener "
                    + CONCLUSION + " that records its agent's outcome, so a failure of the agent ends the whole job"
                    + " before the policy decides; add <listeners><listener ref=\"" + CONCLUSION + "\"/></listeners>"
                    + " to the step, or declare the agent in one line"
                    + " (<flow id=\"" + id + "-flow\" agent:role=\"...\"/>)");
        } else if (!conclusions.contains(byId.get(next.get()))) {
            problems.add("agent step '" + id + "' moves on to '" + next.get() + "', which is not an agentConclude"
                    + " step, so the agent's outcome is never recorded; add <listeners><listener ref=\""
                    + CONCLUSION + "\"/></listeners> to the step instead");
        }
    }

    /** Whether the step has the step listener that records its agent's outcome. */
    static boolean concludesItself(Element step) {
        return JobXml.child(step, "listeners").stream().flatMap(l -> JobXml.children(l, "listener").stream())
                .anyMatch(l -> CONCLUSION.equals(l.getAttribute("ref").trim()));
    }

    private static void checkAgentsProperty(Element job, List<Element> agentSteps, List<String> problems) {
        Optional<String> declared = JobXml.property(job, "agents");
        if (declared.isEmpty()) {
            problems.add("it has agent steps but no job property 'agents' naming their roles");
            return;
        }
        if (declared.get().contains("#{")) {
            return;
        }
        Set<String> listed = names(declared.get());
        Set<String> roles = new LinkedHashSet<>();
        for (Element step : agentSteps) {
            JobXml.property(step, "agent").filter(r -> !r.contains("#{")).ifPresent(roles::add);
        }
        Set<String> unlisted = new LinkedHashSet<>(roles);
        unlisted.removeAll(listed);
        Set<String> stepless = new LinkedHashSet<>(listed);
        stepless.removeAll(roles);
        if (!unlisted.isEmpty()) {
            problems.add("agent(s) " + String.join(", ", unlisted) + " have steps but are not in the job property"
                    + " 'agents' (" + declared.get() + "), so the policy would not count them");
        }
        if (!stepless.isEmpty()) {
            problems.add("agent(s) " + String.join(", ", stepless) + " are in the job property 'agents' but have"
                    + " no agent step, so they could never deliver");
        }
    }

    /** A chunk naming agentCheckpoint without the custom policy would commit every item alone, silently. */
    private static void checkCheckpointPolicy(Element step, List<String> problems) {
        JobXml.child(step, "chunk").filter(c -> JobXml.child(c, "checkpoint-algorithm")
                        .filter(a -> AgentFlows.CHECKPOINT.equals(a.getAttribute("ref").trim())).isPresent())
                .filter(c -> !"custom".equals(c.getAttribute("checkpoint-policy").trim()))
                .ifPresent(c -> problems.add("step '" + step.getAttribute("id") + "' names the checkpoint algorithm "
                        + AgentFlows.CHECKPOINT + " without checkpoint-policy=\"custom\" on its chunk, so the batch"
                        + " runtime would ignore it"));
    }

    /** A checkpoint window written out in the properties of {@code e} must be whole numbers of at least 1. */
    private static void checkWindow(Element e, String what, List<String> problems) {
        for (String name : List.of(CheckpointWindow.ITEMS, CheckpointWindow.MILLIS)) {
            JobXml.property(e, name).map(String::strip).filter(v -> !v.isEmpty() && !v.contains("#{"))
                    .filter(v -> !v.matches("[1-9][0-9]{0,8}"))
                    .ifPresent(v -> problems.add("the property '" + name + "' of " + what + " must be a whole number"
                            + " of at least 1, was '" + v + "'"));
        }
    }

    /** The steps whose chunk reader or batchlet is {@code ref}, except those inheriting from a parent. */
    private static List<Element> steps(Document doc, String ref) {
        List<Element> found = new ArrayList<>();
        for (Element step : JobXml.all(doc, "step")) {
            if (JobXml.attribute(step, "parent").isPresent()) {
                continue;
            }
            boolean reader = JobXml.child(step, "chunk").flatMap(c -> JobXml.child(c, "reader"))
                    .map(r -> ref.equals(r.getAttribute("ref"))).orElse(false);
            boolean batchlet = JobXml.child(step, "batchlet").map(b -> ref.equals(b.getAttribute("ref"))).orElse(false);
            if (reader || batchlet) {
                found.add(step);
            }
        }
        return found;
    }

    private static Map<String, Element> ids(Document doc, List<String> problems) {
        Map<String, Element> byId = new HashMap<>();
        for (String name : List.of("step", "flow", "split", "decision")) {
            for (Element e : JobXml.all(doc, name)) {
                String id = e.getAttribute("id");
                if (!id.isEmpty() && byId.put(id, e) != null) {
                    problems.add("the id '" + id + "' is used by more than one element");
                }
            }
        }
        return byId;
    }

    /** Whether following transitions from {@code from} can lead to {@code target}. */
    private static boolean reaches(Element from, Element target, Map<String, Element> byId) {
        Deque<Element> todo = new ArrayDeque<>(List.of(from));
        Set<Element> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (e == target) {
                return true;
            }
            if (seen.add(e)) {
                todo.addAll(successors(e, byId));
            }
        }
        return false;
    }

    /**
     * Where execution goes after {@code e}: its {@code next} attribute and {@code <next>}
     * transitions; without any, wherever its enclosing flow or split goes.
     */
    private static List<Element> successors(Element e, Map<String, Element> byId) {
        Set<String> ids = new LinkedHashSet<>();
        JobXml.attribute(e, "next").ifPresent(ids::add);
        JobXml.children(e, "next").forEach(n -> JobXml.attribute(n, "to").ifPresent(ids::add));
        List<Element> next = new ArrayList<>();
        ids.stream().map(byId::get).filter(x -> x != null).forEach(next::add);
        Node parent = e.getParentNode();
        if (ids.isEmpty() && parent instanceof Element p && JobXml.isJsl(p)
                && (p.getLocalName().equals("flow") || p.getLocalName().equals("split"))) {
            next.addAll(successors(p, byId));
        }
        return next;
    }

    private static Set<String> names(String list) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : list.split(",")) {
            if (!n.isBlank()) {
                names.add(n.trim());
            }
        }
        return names;
    }
}
