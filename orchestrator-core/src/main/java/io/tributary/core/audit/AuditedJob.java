package io.tributary.core.audit;

import io.tributary.core.jobxml.JobXmlExpansion;
import jakarta.batch.operations.JobStartException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A job XML as an audit reads it: its shape (agent steps and their transitions, the policy
 * decision, owners), its job-level properties as declared (a literal value, or the
 * default of {@code #{jobParameters['x']}?:default;}), its agent roles, its SHA-256, and the drill
 * copy of it, which is the same document with one job property {@value FaultAgent#PREFIX}{@code <role>}
 * per role taken from the job parameter of that name, so that the fault agent sees the outcome it
 * is to produce, and {@code agentTimeout} and {@code backoff} read from job parameters (defaulting to
 * what the job declares), so that the drill can shorten them, under the job name
 * {@value DrillJobXmlResolver#PREFIX}{@code <job>}. Nothing else of the job changes:
 * steps, transitions, decision and policy are the deployed ones.
 */
public final class AuditedJob {

    private static final Pattern PARAMETER_DEFAULT = Pattern.compile(
            "#\\{jobParameters\\['[^']*'\\]\\}(?:\\?:(.*?);)?");
    private static final String AGENT_NAMESPACE = "urn:tributary:agent";
    /** The job properties a drill shortens (deadline, backoff), which decide how long a case takes, never its decision. */
    private static final List<String> DRILL_TIMINGS = List.of("agentTimeout", "backoff");

    private final byte[] bytes;
    private final Document doc;
    private final Document expanded;
    private final String refusal;
    private final String name;

    private AuditedJob(byte[] bytes, Document doc, Document expanded, String refusal, String name) {
        this.bytes = bytes;
        this.doc = doc;
        this.expanded = expanded;
        this.refusal = refusal;
        this.name = name;
    }

    /**
     * Reads a job XML; {@code name} is for messages. Its steps are read as Tributary runs them, with
     * the agents declared in one line expanded; a job the runtime would refuse at start keeps the
     * reason ({@link #refusal()}) and is read as written.
     */
    public static AuditedJob parse(byte[] bytes, String name) {
        Document doc = document(bytes, name);
        try {
            return new AuditedJob(bytes.clone(), doc, document(JobXmlExpansion.expand(bytes, name), name), "", name);
        } catch (JobStartException e) {
            return new AuditedJob(bytes.clone(), doc, doc, e.getMessage(), name);
        }
    }

    /** Why the runtime refuses this job at start, or "" when it starts. */
    public String refusal() {
        return refusal;
    }

    /** The job's id. */
    public String jobId() {
        return doc.getDocumentElement().getAttribute("id");
    }

    /** The SHA-256 of the job XML as given, in hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Job-level properties with the value a run gets when no job parameter is given ("" for none). */
    public Map<String, String> declaredProperties() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element p : jobProperties()) {
            out.put(p.getAttribute("name"), declaredValue(p.getAttribute("value")));
        }
        return out;
    }

    /**
     * The agent roles: the job's {@code agents} property, else its one-line declarations, else the
     * {@code agent} properties of its agent steps, in job order.
     */
    public List<String> roles() {
        String agents = declaredProperties().getOrDefault("agents", "");
        List<String> roles = new ArrayList<>();
        for (String r : agents.split(",")) {
            if (!r.isBlank()) {
                roles.add(r.trim());
            }
        }
        if (roles.isEmpty()) {
            for (Element flow : elements(doc, "flow")) {
                String role = flow.getAttributeNS(AGENT_NAMESPACE, "role");
                if (!role.isBlank()) {
                    roles.add(role.trim());
                }
            }
        }
        if (roles.isEmpty()) {
            agentSteps().stream().map(s -> stepProperty(s, "agent")).filter(r -> !r.isEmpty()).distinct()
                    .forEach(roles::add);
        }
        return List.copyOf(roles);
    }

    /** The value the job declares for a job property, if it declares a non-empty one. */
    public java.util.Optional<String> declared(String property) {
        return java.util.Optional.ofNullable(declaredProperties().get(property)).filter(v -> !v.isEmpty());
    }

    /**
     * Who is accountable for a role: job property {@code <role>.owner}, else the {@code agent:owner}
     * of its one-line declaration, else an {@code owner} property of its agent step.
     */
    public java.util.Optional<String> owner(String role) {
        java.util.Optional<String> declared = declared(role + ".owner");
        if (declared.isPresent()) {
            return declared;
        }
        for (Element flow : elements(doc, "flow")) {
            if (role.equals(flow.getAttributeNS(AGENT_NAMESPACE, "role").trim())) {
                String owner = flow.getAttributeNS(AGENT_NAMESPACE, "owner").trim();
                return owner.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(owner);
            }
        }
        return agentSteps().stream().filter(s -> role.equals(stepProperty(s, "agent")))
                .map(s -> stepProperty(s, "owner")).filter(o -> !o.isEmpty()).findFirst();
    }

    /**
     * The agent steps (chunk steps reading with agentReader) whose failure would not reach the
     * policy decision: those that neither record their agent's outcome themselves (step listener
     * {@code agentConclusion}, which a one-line declaration gets when it is expanded) nor move on
     * whatever happens ({@code <next on="*">}) to a conclusion step.
     */
    public List<String> agentStepsWithoutFailureTransition() {
        List<String> out = new ArrayList<>();
        for (Element step : agentSteps()) {
            boolean catchesAll = children(step, "next").stream().anyMatch(n -> "*".equals(n.getAttribute("on").trim()));
            boolean concludesItself = children(step, "listeners").stream()
                    .flatMap(l -> children(l, "listener").stream())
                    .anyMatch(l -> "agentConclusion".equals(l.getAttribute("ref").trim()));
            if (!catchesAll && !concludesItself) {
                out.add(step.getAttribute("id"));
            }
        }
        return out;
    }

    /** Whether the job has a decision by the policy decider. */
    public boolean hasPolicyDecision() {
        return elements("decision").stream().anyMatch(d -> "policyDecider".equals(d.getAttribute("ref").trim()));
    }

    private List<Element> agentSteps() {
        List<Element> out = new ArrayList<>();
        for (Element step : elements("step")) {
            for (Element chunk : children(step, "chunk")) {
                if (children(chunk, "reader").stream().anyMatch(r -> "agentReader".equals(r.getAttribute("ref")))) {
                    out.add(step);
                }
            }
        }
        return out;
    }

    private static String stepProperty(Element step, String name) {
        for (Element props : children(step, "properties")) {
            for (Element p : children(props, "property")) {
                if (name.equals(p.getAttribute("name"))) {
                    return declaredValue(p.getAttribute("value"));
                }
            }
        }
        return "";
    }

    /** Elements of the job as it runs (expanded), or as written when it would be refused. */
    private List<Element> elements(String localName) {
        return elements(expanded, localName);
    }

    private static List<Element> elements(Document in, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = in.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The drill copy: this job XML with a job property {@code fault.<role>} per role, read from job parameters. */
    public byte[] drillCopy() {
        Document copy = (Document) doc.cloneNode(true);
        Element job = copy.getDocumentElement();
        // Its own job name, so that its runs are never taken for the deployed job's and the intake
        // does not check the drill's parameters against the deployed XML, which lacks the fault ones.
        job.setAttribute("id", DrillJobXmlResolver.drillName(jobId()));
        Element props = first(job, "properties");
        if (props == null) {
            props = copy.createElementNS(job.getNamespaceURI(), "properties");
            job.insertBefore(props, job.getFirstChild());
        }
        for (String role : roles()) {
            Element p = copy.createElementNS(job.getNamespaceURI(), "property");
            p.setAttribute("name", FaultAgent.PREFIX + role);
            p.setAttribute("value", "#{jobParameters['" + FaultAgent.PREFIX + role + "']}");
            props.appendChild(p);
        }
        Map<String, String> declared = declaredProperties();
        for (String timing : DRILL_TIMINGS) {
            Element p = children(props, "property").stream().filter(e -> timing.equals(e.getAttribute("name")))
                    .findFirst().orElseGet(() -> copy.createElementNS(job.getNamespaceURI(), "property"));
            p.setAttribute("name", timing);
            String fallback = declared.getOrDefault(timing, "");
            p.setAttribute("value", "#{jobParameters['" + timing + "']}" + (fallback.isEmpty() ? "" : "?:" + fallback + ";"));
            props.appendChild(p);
        }
        return write(copy);
    }

    /** The value of a property as declared: a literal as written, a job parameter's default, or "". */
    static String declaredValue(String value) {
        Matcher m = PARAMETER_DEFAULT.matcher(value.trim());
        if (m.matches()) {
            return m.group(1) == null ? "" : m.group(1).trim();
        }
        return value.trim();
    }

    private List<Element> jobProperties() {
        Element props = first(expanded.getDocumentElement(), "properties");
        return props == null ? List.of() : children(props, "property");
    }

    private static Element first(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Document document(byte[] bytes, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXException | IOException e) {
            throw new JobStartException("Job XML '" + name + "' is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot read job XML securely", e);
        }
    }

    private byte[] write(Document copy) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(copy), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("The drill copy of job XML '" + name + "' could not be written", e);
        }
    }
}
