package io.tributary.core.parameters;

import io.tributary.api.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The job parameters a job XML uses, read from the job itself: every
 * {@code #{jobParameters['name']}} reference, with the properties it fills, plus
 * {@code <role>.approach} for each agent role in the job's {@code agents} property. A parameter
 * the job does not use would be ignored silently, so intake refuses it, unless the job allows
 * unknown parameters with the job property {@value #UNKNOWN_PARAMETERS}{@code =allow} (for jobs
 * whose artifacts read parameters themselves).
 *
 * @param feeds           each parameter the job uses, with the names of the properties it fills
 * @param allowsUnknown   whether the job accepts parameters it does not reference
 */
public record JobParameterUse(Map<String, Set<String>> feeds, boolean allowsUnknown) {

    /** Job property: {@code allow} lets a job take parameters its XML does not reference. */
    public static final String UNKNOWN_PARAMETERS = "unknownParameters";

    private static final Pattern REFERENCE = Pattern.compile("#\\{jobParameters\\['([^']+)'\\]\\}");

    public JobParameterUse {
        feeds = Map.copyOf(feeds);
    }

    /** The parameters known to the job, sorted. */
    public Set<String> known() {
        return new TreeSet<>(feeds.keySet());
    }

    /** What the job XML {@code xml} (the job named {@code job}) uses. */
    public static JobParameterUse of(String job, byte[] xml) {
        Document document = parse(job, xml);
        Map<String, Set<String>> feeds = new TreeMap<>();
        NodeList properties = document.getElementsByTagNameNS("*", "property");
        boolean allowsUnknown = false;
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            String name = property.getAttribute("name");
            String value = property.getAttribute("value");
            Matcher m = REFERENCE.matcher(value);
            while (m.find()) {
                feeds.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(name);
            }
            if (name.equals("agents")) {
                for (String role : value.split(",")) {
                    if (!role.isBlank() && !role.contains("#{")) {
                        feeds.computeIfAbsent(role.strip() + ".approach", k -> new TreeSet<>()).add("approach");
                    }
                }
            }
            allowsUnknown |= name.equals(UNKNOWN_PARAMETERS) && value.strip().equalsIgnoreCase("allow");
        }
        return new JobParameterUse(feeds, allowsUnknown);
    }

    private static Document parse(String job, byte[] xml) {
        try (InputStream in = new ByteArrayInputStream(xml)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new InvalidInputException("The XML of job '" + job + "' cannot be read to check its parameters: "
                    + e.getMessage(), e);
        }
    }
}
