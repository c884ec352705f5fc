package io.tributary.it.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.RiskRow;
import io.tributary.core.store.RunInfo;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItDone;
import io.tributary.it.support.ScriptedAgent;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.metamodel.EntityType;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR that batch-jobs builds, deployed unchanged to WildFly Preview 39 (Jakarta EE 11) with
 * the server's batch runtime, CDI, JPA, JTA and data source. The tests run inside the server and
 * start jobs through {@link BatchRuntime#getJobOperator()}, as an application would. Besides the
 * WAR, the deployment holds only the scripted test agent and its job ({@code it-five}).
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(WildFlySetup.class)
class WildFlyJobsIT {

    private static final List<String> AGENTS = List.of("financials", "leadership", "patents", "press", "regulatory");

    @Inject
    ResultStore store;
    @Resource(lookup = WildFlySetup.DATASOURCE)
    DataSource dataSource;
    @PersistenceUnit(unitName = "tributary")
    EntityManagerFactory emf;

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("tributary.server.war", "target/server/tributary-server.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(WildFlyJobsIT.class, ServerJobs.class, ServerJobs.Span.class, ServerAudits.class,
                        ServerAudits.Report.class, ScriptedAgent.class,
                        ItDone.class, CallLog.class, CallLog.Call.class)
                .addAsResource("META-INF/batch-jobs/it-five.xml")
                .addAsResource("META-INF/batch-jobs/it-missing-transition.xml")
                .addAsLibraries(jarOf(Assertions.class));
    }

    /** The jar a test library's class came from, to ship it inside the deployment. */
    private static File jarOf(Class<?> type) {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().getPath());
    }

    @Test
    void persistenceUnitOfTheWar_mapsExactlyTheStoresEntities() {
        List<Class<?>> mapped = emf.getMetamodel().getEntities().stream()
                .<Class<?>>map(EntityType::getJavaType).toList();
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(JpaResultStore.entityClasses());
    }

    @Test
    void teslaDueDiligence_startedThroughTheServersJobOperator_decidesPersistsAndReports() throws Exception {
        // given the Tesla dossier bundled with the project
        Path dossier = Path.of(System.getProperty("tributary.it.samples")).resolve("tesla");
        JobOperator operator = BatchRuntime.getJobOperator();

        // when an application starts the reference job through the server's job operator
        JobExecution e = ServerJobs.await(operator, operator.start("due-diligence",
                ServerJobs.params("dossier", dossier.toString())));

        // then every agent delivered and the policy proceeded
        assertThat(e.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(e.getExitStatus()).isEqualTo("PROCEED");
        long runId = operator.getJobInstance(e.getExecutionId()).getInstanceId();
        List<AgentOutcome> outcomes = store.outcomes(runId);
        assertThat(outcomes).extracting(AgentOutcome::agent).containsExactlyElementsOf(AGENTS);
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.status()).as(o.agent()).isEqualTo(AgentStatus.SUCCEEDED);
            assertThat(o.findings()).as(o.agent()).isPositive();
            assertThat(o.error()).as(o.agent()).isEmpty();
        });
        PolicyDecision decision = ServerJobs.last(store.decisions(runId));
        assertThat(decision.outcome()).isEqualTo(Decision.PROCEED);
        assertThat(decision.missingAgents()).isEmpty();

        // and the rows are in the server's data source: one per finding, as many as the outcomes count
        long findings = outcomes.stream().mapToLong(AgentOutcome::findings).sum();
        assertThat(ServerJobs.count(dataSource, "select count(*) from trb_finding where run_id = ?", runId))
                .isEqualTo(findings).isEqualTo(store.findings(runId).size());
        assertThat(ServerJobs.count(dataSource, "select count(*) from trb_decision where run_id = ?", runId)).isEqualTo(1);

        // and the report was written under the server's data directory, naming the target and the decision
        RunInfo run = store.run(runId).orElseThrow();
        Path reports = run.reportDir().orElseThrow();
        assertThat(reports).startsWith(Path.of(System.getProperty("jboss.server.data.dir")));
        assertThat(reports.resolve("assessment.html")).isRegularFile();
        assertThat(reports.resolve("assessment.md")).isRegularFile();
        String json = Files.readString(reports.resolve("assessment.json"));
        assertThat(json).contains("\"name\" : \"Tesla, Inc.\"", "\"outcome\" : \"PROCEED\"",
                "\"recommendation\" : \"" + run.verdict().orElseThrow() + "\"");
        // and it names who is accountable for each dimension, as the job's agent:owner declarations say
        assertThat(json).contains("\"owner\" : \"Corporate finance\"", "\"owner\" : \"Legal and compliance\"");
        assertThat(Files.readString(reports.resolve("assessment.md")))
                .contains("Owner: Corporate finance (financials)");
    }

    @Test
    void failingAgent_stopsForRetry_andARestartThroughTheServer_callsOnlyThatAgentAgain() throws Exception {
        // given five scripted agents, of which 'patents' fails with a retriable error
        Path work = Files.createTempDirectory("tributary-partial");
        Path log = work.resolve("calls.log");
        Path dossier = ServerJobs.dossier(work.resolve("dossier"), "Partial, Inc.", "4201");
        JobOperator operator = BatchRuntime.getJobOperator();

        // when the job runs under the all-agents policy
        JobExecution first = ServerJobs.await(operator, operator.start("it-five", ServerJobs.params(
                "dossier", dossier.toString(), "script.log", log.toString(), "patents.fail", "retriable",
                "regulatory.items", "3")));

        // then the job stops for RETRY instead of failing, and the store says which agent is missing
        long runId = operator.getJobInstance(first.getExecutionId()).getInstanceId();
        assertThat(first.getBatchStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(first.getExitStatus()).isEqualTo("RETRY");
        PolicyDecision decision = ServerJobs.last(store.decisions(runId));
        assertThat(decision.outcome()).isEqualTo(Decision.RETRY);
        assertThat(decision.missingAgents()).containsExactly("patents");
        assertThat(store.outcomes(runId)).filteredOn(o -> o.agent().equals("patents"))
                .extracting(AgentOutcome::status).containsExactly(AgentStatus.FAILED);
        int callsBefore = CallLog.read(log).size();

        // when the server's job operator restarts it with the cause removed
        JobExecution second = ServerJobs.await(operator, operator.restart(first.getExecutionId(),
                ServerJobs.params("patents.fail", "")));

        // then only the failed agent was called again, and every result is stored once
        assertThat(second.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getExitStatus()).isEqualTo("PROCEED");
        assertThat(CallLog.read(log)).hasSize(callsBefore + 1);
        assertThat(CallLog.count(log, "patents")).isEqualTo(2);
        assertThat(CallLog.count(log, "regulatory")).isEqualTo(3);
        assertThat(store.outcomes(runId)).extracting(AgentOutcome::status).containsOnly(AgentStatus.SUCCEEDED).hasSize(5);
        assertThat(store.findings(runId)).hasSize(7);
        assertThat(store.decisions(runId)).extracting(PolicyDecision::outcome)
                .containsExactly(Decision.RETRY, Decision.PROCEED);
    }

    @Test
    void twoConcurrentJobs_updatingOneRiskRegister_loseNoUpdate() throws Exception {
        // given two runs on the same target, five agents each, every item updating the target's risk register
        int items = 20;
        Path work = Files.createTempDirectory("tributary-concurrent");
        String cik = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        Path dossier = ServerJobs.dossier(work.resolve("dossier"), "Contended, Inc.", cik);
        JobOperator operator = BatchRuntime.getJobOperator();
        Path[] logs = {work.resolve("a.log"), work.resolve("b.log")};
        long[] ids = new long[logs.length];

        // when both start at once
        for (int i = 0; i < logs.length; i++) {
            ids[i] = operator.start("it-five", ServerJobs.params("dossier", dossier.toString(),
                    "script.log", logs[i].toString(), "financials.items", "" + items, "press.items", "" + items,
                    "regulatory.items", "" + items, "patents.items", "" + items, "leadership.items", "" + items,
                    "financials.sleepMs", "40", "press.sleepMs", "40", "regulatory.sleepMs", "40",
                    "patents.sleepMs", "40", "leadership.sleepMs", "40"));
        }
        JobExecution a = ServerJobs.await(operator, ids[0]);
        JobExecution b = ServerJobs.await(operator, ids[1]);

        // then both completed, all ten agent flows ran at the same time on the configured pools ...
        assertThat(a.getExitStatus()).isEqualTo("PROCEED");
        assertThat(b.getExitStatus()).isEqualTo("PROCEED");
        List<ServerJobs.Span> spans = ServerJobs.agentSpans(logs);
        assertThat(spans).hasSize(2 * AGENTS.size());
        Instant lastToStart = spans.stream().map(ServerJobs.Span::from).max(Comparator.naturalOrder()).orElseThrow();
        Instant firstToEnd = spans.stream().map(ServerJobs.Span::to).min(Comparator.naturalOrder()).orElseThrow();
        assertThat(lastToStart).as("every agent of both jobs was running at one moment").isBefore(firstToEnd);

        // ... and the shared risk register counts every finding of both runs exactly once
        int expected = 2 * AGENTS.size() * items;
        long stored = ServerJobs.count(dataSource, "select count(*) from trb_finding where run_id in (?, ?)",
                operator.getJobInstance(ids[0]).getInstanceId(), operator.getJobInstance(ids[1]).getInstanceId());
        String targetKey = store.run(operator.getJobInstance(ids[0]).getInstanceId()).orElseThrow().subject().key();
        List<RiskRow> register = store.riskRegister(targetKey);
        assertThat(stored).isEqualTo(expected);
        assertThat(register).filteredOn(r -> r.group().equals("FINANCIAL_HEALTH"))
                .extracting(RiskRow::findings).containsExactly((long) expected);
    }

    @Test
    void auditJob_startedThroughTheServersJobOperator_drillsTheDeployedJobAndReportsEveryCase() throws Exception {
        // given the deployed due-diligence job and a dossier of the drill's own (only target.json)
        Path dossier = ServerJobs.dossier(Files.createTempDirectory("tributary-audit").resolve("dossier"),
                "Drill, Inc.", "4242");
        JobOperator operator = BatchRuntime.getJobOperator();
        int expectedCases = ServerAudits.drillCases("due-diligence");

        // when the audit job is started through the server's job operator
        long id = operator.start("audit", ServerJobs.params("job", "due-diligence", "dossier", dossier.toString(),
                "deadline", "PT5S", "parallelism", "2"));
        Instant started = Instant.now();
        JobExecution e = ServerJobs.await(operator, id, Duration.ofMinutes(8));
        System.out.printf("server drill of due-diligence: %d cases, audit job %s%n", expectedCases,
                Duration.between(started, Instant.now()));

        // then every case ended as the declared policy says, and the report under the data directory lists them
        assertThat(e.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(e.getExitStatus()).isEqualTo("PASSED");
        Path dir = Path.of(System.getProperty("jboss.server.data.dir"), "tributary", "audits", "due-diligence-" + id);
        ServerAudits.Report report = ServerAudits.read(dir);
        assertThat(report.passed()).isTrue();
        assertThat(report.cases()).isEqualTo(expectedCases).isGreaterThan(30);
        assertThat(report.passedCases()).isEqualTo(expectedCases);
        assertThat(report.htmlCaseRows()).isEqualTo(expectedCases);
        // and its cases ran as executions of the server's job repository, as the drill copy of the deployed job
        assertThat(operator.getJobInstanceCount("audit-drill.due-diligence")).isGreaterThanOrEqualTo(expectedCases);
    }

    @Test
    void auditJob_ofAJobTheDeploymentDoesNotHave_failsNamingTheParameter_andWritesNoReport() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();

        long id = operator.start("audit", ServerJobs.params("job", "no-such-job"));
        JobExecution e = ServerJobs.await(operator, id);

        assertThat(e.getBatchStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(Path.of(System.getProperty("jboss.server.data.dir"), "tributary", "audits", "no-such-job-" + id))
                .doesNotExist();
    }

    @Test
    void handWrittenJobMissingTheFailureTransition_isRefusedByTheServersJobOperator_namingTheStep() {
        JobOperator operator = BatchRuntime.getJobOperator();

        Assertions.assertThatThrownBy(() -> operator.start("it-missing-transition", ServerJobs.params("dossier", "x")))
                .isInstanceOf(jakarta.batch.operations.JobStartException.class)
                .hasMessageContaining("agent step 'beta' has no <next on=\"*\"");
    }
}
