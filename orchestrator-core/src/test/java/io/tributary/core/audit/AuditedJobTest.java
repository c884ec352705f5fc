package io.tributary.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuditedJobTest {

    private static final String JOB = """
            <job id="j" xmlns="https://jakarta.ee/xml/ns/jakartaee" xmlns:agent="urn:tributary:agent" version="2.0">
                <properties>
                    <property name="policy" value="#{jobParameters['policy']}?:quorum:2;"/>
                    <property name="review" value="#{jobParameters['review']}"/>
                    <property name="onUnmet" value="fail"/>
                </properties>
                <split id="agents">
                    <flow id="a-flow" agent:role="a"/>
                    <flow id="b-flow" agent:role="b"/>
                </split>
            </job>
            """;

    private static AuditedJob job() {
        return AuditedJob.parse(JOB.getBytes(StandardCharsets.UTF_8), "j");
    }

    @Test
    void declaredProperties_areLiteralsOrTheirParametersDefault() {
        assertThat(job().declaredProperties()).containsEntry("policy", "quorum:2").containsEntry("review", "")
                .containsEntry("onUnmet", "fail");
    }

    @Test
    void roles_comeFromOneLineDeclarationsWhenNoAgentsPropertyIsThere() {
        assertThat(job().roles()).containsExactly("a", "b");
    }

    @Test
    void drillCopy_addsOneFaultPropertyPerRole_andKeepsTheRest() {
        String copy = new String(job().drillCopy(), StandardCharsets.UTF_8);
        assertThat(copy).contains("name=\"fault.a\"").contains("#{jobParameters['fault.b']}")
                .contains("agent:role=\"a\"").contains("?:quorum:2;").contains("id=\"audit-drill.j\"")
                .contains("#{jobParameters['agentTimeout']}").contains("#{jobParameters['backoff']}");
        assertThat(AuditedJob.parse(job().drillCopy(), "j").roles()).containsExactly("a", "b");
    }

    @Test
    void sha256_isOfTheBytesAsGiven() {
        assertThat(job().sha256()).hasSize(64).isEqualTo(job().sha256());
        assertThat(AuditedJob.parse((JOB + " ").getBytes(StandardCharsets.UTF_8), "j").sha256())
                .isNotEqualTo(job().sha256());
    }
}
