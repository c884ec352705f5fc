package io.tributary.core.jobxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.batch.operations.JobStartException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jberet.job.model.Chunk;
import org.jberet.job.model.Flow;
import org.jberet.job.model.Job;
import org.jberet.job.model.JobParser;
import org.jberet.job.model.Partition;
import org.jberet.job.model.RefArtifact;
import org.jberet.job.model.Split;
import org.jberet.job.model.Step;
import org.junit.jupiter.api.Test;

class AgentFlowsTest {

    static final String HEAD = "<job id=\"one-line\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
            + " xmlns:agent=\"urn:tributary:agent\" version=\"2.0\" restartable=\"true\">";
    static final String TAIL = AgentStepRulesTest.DECISION + "</job>";

    static String job(String split) {
        return HEAD + "<step id=\"intake\" next=\"agents\"><batchlet ref=\"intake\"/></step>"
                + "<split id=\"agents\" next=\"policy\">" + split + "</split>" + TAIL;
    }

    static Job parse(byte[] xml) throws Exception {
        return JobParser.parseJob(new ByteArrayInputStream(xml), AgentFlowsTest.class.getClassLoader(), null);
    }

    static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, String> props(org.jberet.job.model.Properties p) {
        return p.getNameValues().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void oneLineAgent_becomesOneRestartableChunkStep_thatRecordsItsOutcomeItself() throws Exception {
        String xml = job("<flow id=\"a-flow\" agent:role=\"alpha\"/><flow id=\"b-flow\" agent:role=\"beta\""
                + " agent:approach=\"echo\" agent:echo.items=\"3\"/>");

        Job job = parse(JobXmlExpansion.expand(bytes(xml), "one-line.xml"));

        Split split = (Split) job.getJobElements().get(1);
        Flow beta = split.getFlows().get(1);
        assertThat(beta.getJobElements()).hasSize(1);
        Step step = (Step) beta.getJobElements().get(0);
        assertThat(step.getId()).isEqualTo("beta");
        assertThat(step.getAllowStartIfComplete()).isEqualTo("true");
        Chunk chunk = step.getChunk();
        assertThat(chunk.getReader().getRef()).isEqualTo("agentReader");
        assertThat(chunk.getProcessor().getRef()).isEqualTo("agentProcessor");
        assertThat(chunk.getWriter().getRef()).isEqualTo("agentWriter");
        assertThat(chunk.getCheckpointPolicy()).isEqualTo("custom");
        assertThat(chunk.getCheckpointAlgorithm().getRef()).isEqualTo("agentCheckpoint");
        assertThat(chunk.getItemCount()).isNull();
        assertThat(step.getListeners().getListeners()).extracting(RefArtifact::getRef)
                .containsExactly("agentConclusion");
        assertThat(step.getTransitionElements()).isEmpty();
        assertThat(props(step.getProperties())).containsEntry("agent", "beta")
                .containsEntry("approach", "#{jobParameters['beta.approach']}?:echo;")
                .containsEntry("echo.items", "#{jobParameters['beta.echo.items']}?:3;");
        assertThat(props(job.getProperties())).containsEntry("agents", "alpha,beta");
    }

    @Test
    void partitionedAgent_getsThePartitionArtifacts_withTheSameJobParametersAsBefore() throws Exception {
        String xml = job("<flow id=\"press-flow\" agent:role=\"press\" agent:partitioned=\"true\""
                + " agent:batchSize=\"500\"/><flow id=\"x-flow\" agent:role=\"x\"/>");

        Job job = parse(JobXmlExpansion.expand(bytes(xml), "one-line.xml"));

        Flow press = ((Split) job.getJobElements().get(1)).getFlows().get(0);
        Step step = (Step) press.getJobElements().get(0);
        Partition partition = step.getPartition();
        assertThat(partition.getMapper().getRef()).isEqualTo("agentPartitionMapper");
        assertThat(partition.getCollector().getRef()).isEqualTo("agentPartitionCollector");
        assertThat(partition.getAnalyzer().getRef()).isEqualTo("agentPartitionAnalyzer");
        assertThat(props(partition.getMapper().getProperties()))
                .containsEntry("approaches", "#{jobParameters['press.approaches']}")
                .containsEntry("approach", "#{jobParameters['press.approach']}?:press;")
                .containsEntry("maxPartitions", "#{jobParameters['press.partitions']}?:4;")
                .containsEntry("itemsPerPartition", "#{jobParameters['press.itemsPerPartition']}?:1;");
        assertThat(props(step.getProperties())).containsEntry("approach", "#{partitionPlan['approach']}")
                .containsEntry("partition.index", "#{partitionPlan['partition.index']}")
                .containsEntry("batchSize", "#{jobParameters['press.batchSize']}?:500;");
        assertThat(press.getJobElements()).hasSize(1);
        assertThat(step.getChunk().getCheckpointPolicy()).isEqualTo("custom");
        assertThat(step.getChunk().getCheckpointAlgorithm().getRef()).isEqualTo("agentCheckpoint");
        assertThat(step.getListeners().getListeners()).extracting(RefArtifact::getRef)
                .containsExactly("agentConclusion");
    }

    @Test
    void declaredJob_isValidJslUnexpanded_soAServerReadingItFindsTheJob() throws Exception {
        String xml = job("<flow id=\"a-flow\" agent:role=\"alpha\"/><flow id=\"b-flow\" agent:role=\"beta\"/>");

        Job raw = parse(bytes(xml));

        assertThat(raw.getId()).isEqualTo("one-line");
    }

    @Test
    void propertiesInsideADeclaration_goToTheStep_andAnExplicitAgentsPropertyIsKept() throws Exception {
        String xml = job("<flow id=\"a-flow\" agent:role=\"alpha\"><properties><property name=\"provider\""
                + " value=\"openai\"/></properties></flow>").replace("version=\"2.0\" restartable=\"true\">",
                "version=\"2.0\" restartable=\"true\"><properties><property name=\"agents\" value=\"alpha\"/>"
                        + "</properties>");

        Job job = parse(JobXmlExpansion.expand(bytes(xml), "one-line.xml"));

        Flow alpha = ((Split) job.getJobElements().get(1)).getFlows().get(0);
        assertThat(alpha.getJobElements()).allSatisfy(e -> assertThat(props(((Step) e).getProperties()))
                .containsEntry("provider", "openai"));
        assertThat(job.getProperties().getNameValues()).hasSize(1).containsEntry("agents", "alpha");
    }

    @Test
    void jobWithoutDeclarations_isReturnedByteForByte() {
        byte[] plain = bytes("<job id=\"plain\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"2.0\">"
                + "<step id=\"s\"><batchlet ref=\"noop\"/></step></job>");

        assertThat(JobXmlExpansion.expand(plain, "plain.xml")).isSameAs(plain);
    }

    @Test
    void partitionSettingsOnAnUnpartitionedAgent_areRejectedNamingTheFlow() {
        String xml = job("<flow id=\"a-flow\" agent:role=\"alpha\" agent:partitions=\"3\"/>");

        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes(xml), "one-line.xml"))
                .isInstanceOf(JobStartException.class)
                .hasMessageContaining("flow 'a-flow'").hasMessageContaining("agent:partitions needs agent:partitioned");
    }

    @Test
    void badDeclarationValues_areRejectedNamingTheAttribute() {
        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes(job(
                "<flow id=\"f\" agent:role=\"it's\"/>")), "one-line.xml")).hasMessageContaining("agent:role");
        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes(job(
                "<flow id=\"f\" agent:role=\"p\" agent:partitioned=\"yes\"/>")), "one-line.xml"))
                .hasMessageContaining("agent:partitioned must be true or false, was 'yes'");
        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes(job(
                "<flow id=\"f\" agent:role=\"p\" agent:partitioned=\"true\" agent:partitions=\"0\"/>")), "one-line.xml"))
                .hasMessageContaining("agent:partitions must be a whole number of at least 1, was '0'");
        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes(job(
                "<flow id=\"f\" agent:role=\"p\" agent:x=\"a;b\"/>")), "one-line.xml"))
                .hasMessageContaining("agent:x must be a plain value");
    }

    @Test
    void declaredCheckpointWindow_becomesStepPropertiesThatJobParametersOverride() throws Exception {
        String xml = job("<flow id=\"a-flow\" agent:role=\"alpha\" agent:checkpointItems=\"20\""
                + " agent:checkpointMillis=\"50\"/>");

        Job job = parse(JobXmlExpansion.expand(bytes(xml), "one-line.xml"));

        Step step = (Step) ((Split) job.getJobElements().get(1)).getFlows().get(0).getJobElements().get(0);
        assertThat(props(step.getProperties()))
                .containsEntry("checkpointItems", "#{jobParameters['alpha.checkpointItems']}?:20;")
                .containsEntry("checkpointMillis", "#{jobParameters['alpha.checkpointMillis']}?:50;");
    }

    @Test
    void badCheckpointWindowOfADeclaration_isRejectedNamingTheAttributeAndValue() {
        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes(job(
                "<flow id=\"f\" agent:role=\"p\" agent:checkpointItems=\"0\"/>")), "one-line.xml"))
                .isInstanceOf(JobStartException.class).hasMessageContaining("flow 'f'")
                .hasMessageContaining("agent:checkpointItems must be a whole number of at least 1, was '0'");
        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes(job(
                "<flow id=\"f\" agent:role=\"p\" agent:checkpointMillis=\"PT1S\"/>")), "one-line.xml"))
                .hasMessageContaining("agent:checkpointMillis must be a whole number of at least 1, was 'PT1S'");
    }

    @Test
    void aDeclarationHoldingSteps_isRejected() {
        String xml = job("<flow id=\"f\" agent:role=\"p\"><step id=\"s\"><batchlet ref=\"noop\"/></step></flow>");

        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes(xml), "one-line.xml"))
                .isInstanceOf(JobStartException.class).hasMessageContaining("may hold only <properties>, not <step>");
    }

    @Test
    void sameRoleDeclaredTwice_isRejectedAsADuplicateStep() {
        String xml = job("<flow id=\"f1\" agent:role=\"p\"/><flow id=\"f2\" agent:role=\"p\"/>");

        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes(xml), "one-line.xml"))
                .isInstanceOf(JobStartException.class).hasMessageContaining("the id 'p' is used by more than one");
    }

    @Test
    void malformedXml_isAStartErrorNamingTheFile() {
        assertThatThrownBy(() -> JobXmlExpansion.expand(bytes("<job"), "broken.xml"))
                .isInstanceOf(JobStartException.class).hasMessageContaining("broken.xml");
    }
}
