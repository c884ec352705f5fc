package io.tributary.jobs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path tmp;

    @Test
    void staticAuditOfTheShippedJob_passes_andWritesBothReportFiles() throws Exception {
        CliRun run = CliRun.of("audit", "due-diligence", "--out", tmp.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("audit of due-diligence").contains("PASSED").contains("owner of regulatory:"
                + " Legal and compliance");
        assertThat(Files.readString(tmp.resolve("audit.json"))).contains("\"passed\" : true");
        assertThat(tmp.resolve("audit.html")).exists();
    }

    @Test
    void jobFileWithGaps_failsWithExitEight_namingEachGap() throws Exception {
        Path job = tmp.resolve("gappy.xml");
        Files.writeString(job, """
                <job id="gappy" xmlns="https://jakarta.ee/xml/ns/jakartaee" xmlns:agent="urn:tributary:agent" version="2.0">
                    <properties><property name="intake" value="dossier"/></properties>
                    <step id="intake" next="agents"><batchlet ref="intake"/></step>
                    <split id="agents" next="policy"><flow id="a-flow" agent:role="a"/></split>
                    <decision id="policy" ref="policyDecider"><end on="*"/></decision>
                </job>
                """);

        CliRun run = CliRun.of("audit", job.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.code()).isEqualTo(ExitCode.AUDIT_FAILED.code());
        assertThat(run.out()).contains("FAILED").contains("finding [owner] a:").contains("finding [setting] maxRestarts:");
    }

    @Test
    void unknownJob_isBadInputWithASentence() {
        CliRun run = CliRun.of("audit", "no-such-job", "--out", tmp.toString());

        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("No job 'no-such-job'").doesNotContain("\tat ");
    }
}
