import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints the failed tests of a build from the surefire and failsafe XML reports under the given
 * folder: for each, its name, the assertion or exception, the first lines of its trace and the end
 * of what it logged; then the flaky tests (failed, then passed when run again), and one line per
 * failed test, last, where a shortened log still shows them.
 * Run with {@code java .ci/FailedTests.java <project folder>}.
 */
public final class FailedTests {

    private static final int TRACE_LINES = 12;
    private static final int LOG_LINES = 15;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        List<Path> reports;
        try (Stream<Path> files = Files.find(root, 5, (p, a) -> p.getFileName().toString().matches("TEST-.*\\.xml")
                && p.getParent().getFileName().toString().matches("(surefire|failsafe)-reports"))) {
            reports = files.sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        List<String> flakes = new ArrayList<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path report : reports) {
            NodeList cases = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element test = (Element) cases.item(i);
                for (String flaky : List.of("flakyFailure", "flakyError")) {
                    NodeList first = test.getElementsByTagName(flaky);
                    if (first.getLength() > 0) {
                        flakes.add(test.getAttribute("classname") + "#" + test.getAttribute("name") + ": failed "
                                + first.getLength() + " time(s), then passed: "
                                + abbreviate(oneLine(((Element) first.item(0)).getAttribute("message")), 200));
                    }
                }
                for (String kind : List.of("failure", "error")) {
                    NodeList problems = test.getElementsByTagName(kind);
                    if (problems.getLength() == 0) {
                        continue;
                    }
                    Element problem = (Element) problems.item(0);
                    String name = test.getAttribute("classname") + "#" + test.getAttribute("name");
                    String message = oneLine(problem.getAttribute("message"));
                    System.out.println("==== " + kind.toUpperCase() + " " + name + " (" + test.getAttribute("time")
                            + " s, " + root.relativize(report) + ")");
                    System.out.println(problem.getAttribute("type") + ": " + message);
                    head(problem.getTextContent(), TRACE_LINES).forEach(l -> System.out.println("    " + l));
                    for (String stream : List.of("system-out", "system-err")) {
                        NodeList logged = test.getElementsByTagName(stream);
                        if (logged.getLength() > 0) {
                            System.out.println("  -- end of " + stream + ":");
                            tail(logged.item(0).getTextContent(), LOG_LINES).forEach(l -> System.out.println("    " + l));
                        }
                    }
                    lines.add(kind + ": " + name + ": " + abbreviate(message, 220));
                }
            }
        }
        if (!flakes.isEmpty()) {
            System.out.println("==== " + flakes.size() + " flaky test(s), passed when run again:");
            flakes.forEach(System.out::println);
        }
        System.out.println("==== " + lines.size() + " failed test(s) in " + reports.size() + " report(s)"
                + (lines.isEmpty() ? "" : ":"));
        lines.forEach(System.out::println);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    private static List<String> head(String text, int n) {
        List<String> all = text.strip().lines().toList();
        return all.subList(0, Math.min(n, all.size()));
    }

    private static List<String> tail(String text, int n) {
        List<String> all = text.strip().lines().toList();
        return all.subList(Math.max(0, all.size() - n), all.size());
    }
}
