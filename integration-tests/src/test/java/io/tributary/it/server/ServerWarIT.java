package io.tributary.it.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.it.support.LauncherProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What batch-jobs packs for application servers, and what it keeps out: the WAR carries the jobs,
 * the runtime, the agents and their libraries, but nothing a Jakarta EE server provides and
 * nothing of the command line (launcher, capacity planner, picocli); the command-line launcher
 * never carries the server wiring.
 */
class ServerWarIT {

    private static final Path WAR = Path.of(System.getProperty("tributary.server.war",
            "target/server/tributary-server.war"));

    @Test
    void war_holdsJobsRuntimeAgentsAndTheirLibraries() throws IOException {
        List<String> entries = entries(WAR);

        assertThat(entries).contains("WEB-INF/classes/META-INF/batch-jobs/due-diligence.xml",
                "WEB-INF/classes/META-INF/persistence.xml", "WEB-INF/classes/META-INF/beans.xml",
                "WEB-INF/classes/io/tributary/jobs/server/ServerRuntime.class",
                "WEB-INF/classes/META-INF/batch-jobs/audit.xml", "WEB-INF/classes/META-INF/tributary/auditable-jobs",
                "WEB-INF/classes/io/tributary/jobs/server/DeploymentAudit.class");
        assertThat(libraries(entries)).contains("orchestrator-api", "orchestrator-core", "agents", "synthesis",
                "jackson-databind", "jsoup", "tribuo-classification-sgd", "langchain4j-open-ai", "pebble", "flyway-core");
    }

    @Test
    void war_leavesOutWhatTheServerProvides() throws IOException {
        assertThat(libraries(entries(WAR))).noneMatch(lib -> lib.startsWith("jakarta.") || lib.startsWith("weld-")
                || lib.startsWith("jberet-") || lib.startsWith("hibernate-") || lib.startsWith("jboss-logging")
                || lib.startsWith("h2") || lib.startsWith("postgresql") || lib.startsWith("HikariCP")
                || lib.startsWith("slf4j-"));
    }

    @Test
    void war_leavesOutTheCommandLine() throws IOException {
        List<String> entries = entries(WAR);

        assertThat(entries).noneMatch(e -> e.startsWith("WEB-INF/classes/io/tributary/jobs/launcher/")
                || e.startsWith("WEB-INF/classes/io/tributary/jobs/capacity/"));
        assertThat(libraries(entries)).doesNotContain("picocli");
    }

    @Test
    void launcherJar_carriesTheLauncherAndNoServerWiring() throws IOException {
        assertThat(entries(LauncherProcess.jar()))
                .contains("io/tributary/jobs/launcher/Tributary.class", "META-INF/batch-jobs/due-diligence.xml")
                .noneMatch(e -> e.startsWith("io/tributary/jobs/server/") || e.equals("META-INF/persistence.xml")
                        || e.equals("META-INF/batch-jobs/audit.xml"));
    }

    private static List<String> entries(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }

    /** Library names without version: WEB-INF/lib/jsoup-1.24.1.jar is jsoup. */
    private static List<String> libraries(List<String> entries) {
        return entries.stream().filter(e -> e.startsWith("WEB-INF/lib/") && e.endsWith(".jar"))
                .map(e -> e.substring("WEB-INF/lib/".length()).replaceFirst("-\\d[^-]*(-SNAPSHOT)?\\.jar$", ""))
                .toList();
    }
}
