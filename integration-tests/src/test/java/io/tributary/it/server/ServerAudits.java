package io.tributary.it.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.core.audit.AuditedJob;
import io.tributary.core.audit.DrillCases;
import io.tributary.core.audit.FaultKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading an audit the server wrote, and the drill a deployed job should get, inside the server. */
final class ServerAudits {

    private ServerAudits() {
    }

    /** What the test checks of an audit report: the verdict, the cases and the HTML matrix's rows. */
    record Report(boolean passed, int cases, int passedCases, int htmlCaseRows) {
    }

    /** The number of drill cases the deployed job's roles give with the default bound. */
    static int drillCases(String job) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/batch-jobs/" + job + ".xml")) {
            AuditedJob audited = AuditedJob.parse(in.readAllBytes(), job);
            return DrillCases.of(audited.roles(), FaultKind.WITHOUT_BUDGET, DrillCases.DEFAULT_MAX_CASES,
                    DrillCases.DEFAULT_SEED).cases().size();
        }
    }

    static Report read(Path dir) throws IOException {
        JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("audit.json")));
        JsonNode cases = json.path("report").path("drill").path("cases");
        int passed = 0;
        for (JsonNode c : cases) {
            passed += c.path("passed").asBoolean() ? 1 : 0;
        }
        String html = Files.readString(dir.resolve("audit.html"));
        return new Report(json.path("passed").asBoolean(), cases.size(), passed,
                html.split("class=\"case ", -1).length - 1);
    }
}
