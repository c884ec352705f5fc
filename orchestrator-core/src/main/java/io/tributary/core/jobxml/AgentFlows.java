package io.tributary.core.jobxml;

import io.tributary.core.batch.CheckpointWindow;
import jakarta.batch.operations.JobStartException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Expands agents declared in one line into the flow every agent step needs. A declaration is a
 * JSL {@code <flow>} carrying attributes in the {@value #NAMESPACE} namespace:
 *
 * <pre>{@code
 * <flow id="press-flow" agent:role="press" agent:partitioned="true" agent:batchSize="500"/>
 * }</pre>
 *
 * It becomes the agent's one chunk step {@code <role>} (agentReader, agentProcessor, agentWriter,
 * committed in windows of items by the checkpoint algorithm agentCheckpoint, see
 * {@link CheckpointWindow}; with {@code partitioned="true"} partitioned by agentPartitionMapper,
 * -Collector and -Analyzer)
 * whose step listener agentConclusion records the agent's outcome when the step ends, so that its
 * flow reaches the policy decision whatever the agent did; the step is
 * {@code allow-start-if-complete} so a restart re-runs exactly the agents that did not deliver.
 * Every setting can be overridden by a job parameter {@code <role>.<name>}: {@code approach}
 * (default the role), or with partitions {@code approaches} (default the role), {@code partitions}
 * (4) and {@code itemsPerPartition} (1); any other attribute becomes a step property, such as
 * {@code checkpointItems} and {@code checkpointMillis} (whole numbers of at least 1). A
 * {@code <properties>} element inside the declaration is copied into the step. When the job has
 * no {@code agents} property, one is added listing the declared roles in order.
 *
 * <p>A declaration is valid JSL, so a runtime that reads the file unexpanded still finds the job;
 * Tributary's job XML resolver expands it before JBeret parses it, so JBeret runs plain JSL.
 */
final class AgentFlows {

    /** The namespace of agent declarations. */
    static final String NAMESPACE = "urn:tributary:agent";
    static final String ROLE = "role";
    static final String PARTITIONED = "partitioned";
    static final String APPROACH = "approach";
    static final String APPROACHES = "approaches";
    static final String PARTITIONS = "partitions";
    static final String ITEMS_PER_PARTITION = "itemsPerPartition";
    static final String DEFAULT_PARTITIONS = "4";
    static final String DEFAULT_ITEMS_PER_PARTITION = "1";
    /** The checkpoint algorithm of every agent step the expansion writes. */
    static final String CHECKPOINT = "agentCheckpoint";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]*");

    private AgentFlows() {
    }

    /** Whether the document declares any agent in one line. */
    static boolean declares(Document doc) {
        return JobXml.all(doc, "flow").stream().anyMatch(f -> f.hasAttributeNS(NAMESPACE, ROLE));
    }

    /** Replaces every declaration by its flow; adds the job's {@code agents} property if it has none. */
    static void expand(Document doc, String jobXml) {
        List<String> roles = new ArrayList<>();
        for (Element flow : JobXml.all(doc, "flow")) {
            if (flow.hasAttributeNS(NAMESPACE, ROLE)) {
                Declaration d = Declaration.of(flow, jobXml);
                new Expansion(doc, d).into(flow);
                roles.add(d.role());
            }
        }
        addAgentsProperty(doc, roles);
    }

    private static void addAgentsProperty(Document doc, List<String> roles) {
        Element job = doc.getDocumentElement();
        if (roles.isEmpty() || JobXml.property(job, "agents").isPresent()) {
            return;
        }
        Element properties = JobXml.child(job, "properties").orElseGet(() -> {
            Element p = JobXml.create(doc, "properties");
            job.insertBefore(p, job.getFirstChild());
            return p;
        });
        properties.appendChild(Expansion.property(doc, "agents", String.join(",", roles)));
    }

    /**
     * One agent as declared.
     *
     * @param settings   step properties beyond the known attributes, by name
     * @param properties the declaration's own {@code <property>} elements
     */
    record Declaration(String flowId, String role, boolean partitioned, String approach, String approaches,
            String partitions, String itemsPerPartition, Map<String, String> settings, List<Element> properties) {

        static Declaration of(Element flow, String jobXml) {
            Map<String, String> attrs = declared(flow);
            String role = attrs.remove(ROLE);
            String where = "Job XML '" + jobXml + "', flow '" + flow.getAttribute("id") + "'";
            require(NAME.matcher(role).matches(), where + ": agent:role must be a name of letters, digits, '.', '_'"
                    + " or '-', was '" + role + "'");
            return build(flow, where, role, attrs);
        }

        private static Declaration build(Element flow, String where, String role, Map<String, String> attrs) {
            String partitionedText = attrs.containsKey(PARTITIONED) ? attrs.remove(PARTITIONED) : "false";
            require(partitionedText.equals("true") || partitionedText.equals("false"),
                    where + ": agent:partitioned must be true or false, was '" + partitionedText + "'");
            boolean partitioned = Boolean.parseBoolean(partitionedText);
            for (String partitionOnly : List.of(APPROACHES, PARTITIONS, ITEMS_PER_PARTITION)) {
                require(partitioned || !attrs.containsKey(partitionOnly), where + ": agent:" + partitionOnly
                        + " needs agent:partitioned=\"true\"");
            }
            require(!partitioned || !attrs.containsKey(APPROACH), where + ": a partitioned agent takes agent:approaches"
                    + " (one or more, comma-separated), not agent:approach");
            String partitions = attrs.containsKey(PARTITIONS) ? attrs.remove(PARTITIONS) : DEFAULT_PARTITIONS;
            String perPartition = attrs.containsKey(ITEMS_PER_PARTITION) ? attrs.remove(ITEMS_PER_PARTITION)
                    : DEFAULT_ITEMS_PER_PARTITION;
            require(POSITIVE.matcher(partitions).matches(), where + ": agent:partitions must be a whole number of at"
                    + " least 1, was '" + partitions + "'");
            require(POSITIVE.matcher(perPartition).matches(), where + ": agent:itemsPerPartition must be a whole"
                    + " number of at least 1, was '" + perPartition + "'");
            for (String window : List.of(CheckpointWindow.ITEMS, CheckpointWindow.MILLIS)) {
                String value = attrs.get(window);
                require(value == null || POSITIVE.matcher(value).matches(), where + ": agent:" + window
                        + " must be a whole number of at least 1, was '" + value + "'");
            }
            String approach = attrs.containsKey(APPROACH) ? attrs.remove(APPROACH) : role;
            String approaches = attrs.containsKey(APPROACHES) ? attrs.remove(APPROACHES) : role;
            attrs.forEach((name, value) -> {
                require(NAME.matcher(name).matches(), where + ": agent:" + name + " is not a usable property name");
                require(!value.contains(";") && !value.contains("#{"), where + ": agent:" + name
                        + " must be a plain value without ';' or '#{', was '" + value + "'");
            });
            List<Element> children = JobXml.children(flow, null);
            List<Element> properties = new ArrayList<>();
            for (Element c : children) {
                require(c.getLocalName().equals("properties"), where + " declares agent '" + role + "' in one line"
                        + " and may hold only <properties>, not <" + c.getLocalName() + ">");
                properties.addAll(JobXml.children(c, "property"));
            }
            return new Declaration(flow.getAttribute("id"), role, partitioned, approach, approaches, partitions,
                    perPartition, new TreeMap<>(attrs), properties);
        }

        /** The declaration's attributes in the agent namespace, by local name. */
        private static Map<String, String> declared(Element flow) {
            Map<String, String> attrs = new LinkedHashMap<>();
            NamedNodeMap all = flow.getAttributes();
            for (int i = 0; i < all.getLength(); i++) {
                Attr a = (Attr) all.item(i);
                if (NAMESPACE.equals(a.getNamespaceURI())) {
                    attrs.put(a.getLocalName(), a.getValue().trim());
                }
            }
            return attrs;
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new JobStartException(message);
            }
        }
    }

    /** Writes one declaration's steps into its flow. */
    private record Expansion(Document doc, Declaration d) {

        void into(Element flow) {
            List<Node> old = new ArrayList<>();
            for (Node n = flow.getFirstChild(); n != null; n = n.getNextSibling()) {
                old.add(n);
            }
            old.forEach(flow::removeChild);
            List<Attr> ours = new ArrayList<>();
            NamedNodeMap attrs = flow.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (NAMESPACE.equals(a.getNamespaceURI())) {
                    ours.add(a);
                }
            }
            ours.forEach(flow::removeAttributeNode);
            flow.appendChild(agentStep());
        }

        private Element agentStep() {
            Element step = step(d.role());
            Element props = JobXml.create(doc, "properties");
            props.appendChild(property(doc, "agent", d.role()));
            if (d.partitioned()) {
                props.appendChild(property(doc, "approach", "#{partitionPlan['approach']}"));
                for (String key : List.of("from", "to", "index", "count", "threads")) {
                    props.appendChild(property(doc, "partition." + key, "#{partitionPlan['partition." + key + "']}"));
                }
            } else {
                props.appendChild(property(doc, "approach", parameter(APPROACH, d.approach())));
            }
            settingsInto(props);
            step.appendChild(props);
            Element listeners = JobXml.create(doc, "listeners");
            listeners.appendChild(ref("listener", AgentStepRules.CONCLUSION));
            step.appendChild(listeners);
            step.appendChild(chunk());
            if (d.partitioned()) {
                step.appendChild(partition());
            }
            return step;
        }

        /**
         * A partitioned role's approaches: job parameter {@code <role>.approaches} when given, else
         * the one {@code <role>.approach}, else the declared approaches.
         */
        private void approachesInto(Element props) {
            props.appendChild(property(doc, APPROACHES, "#{jobParameters['" + d.role() + "." + APPROACHES + "']}"));
            props.appendChild(property(doc, APPROACH, parameter(APPROACH, d.approaches())));
        }

        private void settingsInto(Element props) {
            d.settings().forEach((name, value) -> props.appendChild(property(doc, name, parameter(name, value))));
            d.properties().forEach(p -> props.appendChild(p.cloneNode(true)));
        }

        private Element chunk() {
            Element chunk = JobXml.create(doc, "chunk");
            chunk.setAttribute("checkpoint-policy", "custom");
            chunk.appendChild(ref("reader", "agentReader"));
            chunk.appendChild(ref("processor", "agentProcessor"));
            chunk.appendChild(ref("writer", "agentWriter"));
            chunk.appendChild(ref("checkpoint-algorithm", CHECKPOINT));
            return chunk;
        }

        private Element partition() {
            Element partition = JobXml.create(doc, "partition");
            Element mapper = ref("mapper", "agentPartitionMapper");
            Element props = JobXml.create(doc, "properties");
            approachesInto(props);
            props.appendChild(property(doc, "maxPartitions", parameter(PARTITIONS, d.partitions())));
            props.appendChild(property(doc, ITEMS_PER_PARTITION, parameter(ITEMS_PER_PARTITION, d.itemsPerPartition())));
            mapper.appendChild(props);
            partition.appendChild(mapper);
            partition.appendChild(ref("collector", "agentPartitionCollector"));
            partition.appendChild(ref("analyzer", "agentPartitionAnalyzer"));
            return partition;
        }

        private Element step(String id) {
            Element step = JobXml.create(doc, "step");
            step.setAttribute("id", id);
            step.setAttribute("allow-start-if-complete", "true");
            return step;
        }

        private Element ref(String name, String ref) {
            Element e = JobXml.create(doc, name);
            e.setAttribute("ref", ref);
            return e;
        }

        /** The value of job parameter {@code <role>.<name>}, else {@code fallback}. */
        private String parameter(String name, String fallback) {
            return "#{jobParameters['" + d.role() + "." + name + "']}?:" + fallback + ";";
        }

        static Element property(Document doc, String name, String value) {
            Element p = JobXml.create(doc, "property");
            p.setAttribute("name", name);
            p.setAttribute("value", value);
            return p;
        }
    }
}
