package io.tributary.core.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JobParameterCheckTest {

    static final String JOB = """
            <job id="demo" xmlns="https://jakarta.ee/xml/ns/jakartaee" version="2.0">
                <properties>
                    <property name="agents" value="press,regulatory"/>
                    <property name="policy" value="#{jobParameters['policy']}?:all;"/>
                    <property name="agentTimeout" value="#{jobParameters['agentTimeout']}?:PT2M;"/>
                    <property name="retries" value="#{jobParameters['retries']}?:2;"/>
                    <property name="review" value="#{jobParameters['review']}"/>
                    %s
                </properties>
                <step id="press">
                    <properties>
                        <property name="batchSize" value="#{jobParameters['press.batchSize']}?:500;"/>
                    </properties>
                    <batchlet ref="x"/>
                </step>
            </job>
            """;

    static JobParameterUse use(String extra) {
        return JobParameterUse.of("demo", JOB.formatted(extra).getBytes(StandardCharsets.UTF_8));
    }

    static Properties params(String... nameValues) {
        Properties p = new Properties();
        for (int i = 0; i < nameValues.length; i += 2) {
            p.setProperty(nameValues[i], nameValues[i + 1]);
        }
        return p;
    }

    @Test
    void knownParameters_comeFromTheJobXml_plusAnApproachPerRole() {
        assertThat(use("").known()).containsExactly("agentTimeout", "policy", "press.approach", "press.batchSize",
                "regulatory.approach", "retries", "review");
        assertThat(use("").feeds().get("press.batchSize")).containsExactly("batchSize");
    }

    @Test
    void aTypo_isRefused_withTheParametersTheJobKnows() {
        assertThatThrownBy(() -> JobParameterCheck.check("demo", use(""), params("polcy", "all")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Unknown job parameter polcy for job 'demo'; it knows agentTimeout, policy,")
                .hasMessageContaining("unknownParameters=allow");
    }

    @Test
    void theBatchRuntimesOwnParameters_passAJobThatDoesNotReferenceThem() {
        assertThatCode(() -> JobParameterCheck.check("demo", use(""), params("jberet.restart.mode", "strict")))
                .doesNotThrowAnyException();
    }

    @Test
    void aJobThatAllowsUnknownParameters_takesThem() {
        JobParameterUse open = use("<property name=\"unknownParameters\" value=\"allow\"/>");
        assertThatCode(() -> JobParameterCheck.check("demo", open, params("custom.knob", "7"))).doesNotThrowAnyException();
    }

    @Test
    void checkpointWindowParameters_mustBeWholeNumbersOfAtLeastOne() {
        JobParameterUse window = use("<property name=\"checkpointItems\" value=\"#{jobParameters['checkpointItems']}\"/>"
                + "<property name=\"checkpointMillis\" value=\"#{jobParameters['checkpointMillis']}\"/>");

        assertThatThrownBy(() -> JobParameterCheck.check("demo", window, params("checkpointItems", "0",
                "checkpointMillis", "fast")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("checkpointItems must be a whole number from 1 to 2147483647, was 0")
                .hasMessageContaining("checkpointMillis must be a whole number of at least 1, was 'fast'");
        assertThatCode(() -> JobParameterCheck.check("demo", window, params("checkpointItems", "500",
                "checkpointMillis", "50"))).doesNotThrowAnyException();
    }

    @Test
    void valuesOutOfRange_areRefusedAtIntake_eachNamed() {
        assertThatThrownBy(() -> JobParameterCheck.check("demo", use(""), params("press.batchSize", "0",
                "agentTimeout", "PT0S", "retries", "-1", "review", "maybe")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("agentTimeout must be a positive duration, was 'PT0S'")
                .hasMessageContaining("press.batchSize must be a whole number from 1 to 2147483647, was 0")
                .hasMessageContaining("retries must be a whole number from 0 to 2147483647, was -1")
                .hasMessageContaining("review must be accept or reject, was 'maybe'");
        assertThatThrownBy(() -> JobParameterCheck.check("demo", use(""), params("agentTimeout", "soon")))
                .hasMessageContaining("'agentTimeout' must be an ISO-8601 duration");
    }

    @Test
    void documentedValues_andEmptyOnes_pass() {
        assertThatCode(() -> JobParameterCheck.check("demo", use(""), params("press.batchSize", "25",
                "agentTimeout", "PT5S", "retries", "0", "review", "accept", "press.approach", "press-lexicon",
                "regulatory.approach", "llm", "policy", ""))).doesNotThrowAnyException();
    }

    @Test
    void parametersLongerThanTheJobRepositoryStores_areRefusedBeforeTheJobStarts() {
        assertThatThrownBy(() -> JobParameterCheck.storable(params("input", "/d", "note", "x".repeat(100_000))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than the 3000 the job repository stores")
                .hasMessageContaining("the longest is 'note' (100000 characters)");
        assertThatCode(() -> JobParameterCheck.storable(params("note", "x".repeat(2900)))).doesNotThrowAnyException();
    }
}
