package io.tributary.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import io.tributary.core.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportLocationTest {

    @TempDir
    Path tmp;
    Path home;

    @BeforeEach
    void home() throws IOException {
        home = Files.createDirectories(tmp.resolve("home"));
    }

    @Test
    void noReportDir_goesUnderReportsDir() {
        assertThat(ReportLocation.of(props(Map.of()), settings(Map.of()), "claims-triage", 7))
                .isEqualTo(home.resolve("reports/claims-triage-7"));
    }

    @Test
    void relativeReportDir_isTakenInsideTheHome() {
        assertThat(ReportLocation.of(props(Map.of("reportDir", "out/deal")), settings(Map.of()), "j", 1))
                .isEqualTo(home.resolve("out/deal"));
    }

    @Test
    void dotDotOut_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> ReportLocation.of(props(Map.of("reportDir", "../../x")), settings(Map.of()), "j", 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("inside the work directory " + home).hasMessageContaining("'../../x'");
    }

    @Test
    void absoluteOutsideTheHome_isRefusedUnlessTheSettingAllowsIt() {
        String outside = tmp.resolve("elsewhere").toString();

        assertThatThrownBy(() -> ReportLocation.of(props(Map.of("reportDir", outside)), settings(Map.of()), "j", 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reports.outside.home=true");
        assertThat(ReportLocation.of(props(Map.of("reportDir", outside)),
                settings(Map.of("reports.outside.home", "true")), "j", 1)).isEqualTo(Path.of(outside));
    }

    @Test
    void linkInsideTheHomeLeadingOut_isRefused() throws IOException {
        Files.createSymbolicLink(home.resolve("link"), Files.createDirectories(tmp.resolve("outside")));

        assertThatThrownBy(() -> ReportLocation.of(props(Map.of("reportDir", "link/deal")), settings(Map.of()), "j", 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'link/deal'");
    }

    @Test
    void existingFile_isRefusedAsNotAFolder() throws IOException {
        Files.writeString(home.resolve("taken"), "x");

        assertThatThrownBy(() -> ReportLocation.of(props(Map.of("reportDir", "taken")), settings(Map.of()), "j", 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("names an existing file");
    }

    private static JobSettings props(Map<String, String> values) {
        return JobSettings.of(values);
    }

    private Settings settings(Map<String, String> overrides) {
        return Settings.load(home, Map.of(), new Properties(), overrides);
    }
}
