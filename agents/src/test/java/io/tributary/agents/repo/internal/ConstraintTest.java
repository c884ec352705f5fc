package io.tributary.agents.repo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstraintTest {

    @ParameterizedTest(name = "npm \"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
        "1.2.3;PINNED", "=8.8.0;PINNED", "v2.0.0;PINNED", "^21.0.1;BOUNDED", "~1.2;BOUNDED", "1.x;BOUNDED",
        "1.0.0 - 2.0.0;BOUNDED", "<3;BOUNDED", "*;UNBOUNDED", "'';UNBOUNDED", "latest;UNBOUNDED", ">=1.0.0;UNBOUNDED",
        "^1 || >=3;UNBOUNDED", "git+https://example.org/a.git;NON_REGISTRY", "file:../lib;NON_REGISTRY",
        "user/repo#main;NON_REGISTRY", "npm:other@^1.0.0;BOUNDED", "^^1..2;INVALID"})
    void npmSpecifications(String spec, Constraint expected) {
        assertThat(Constraint.ofNpm(spec)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "maven \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "1.2|PINNED", "7.8.1.202611041320-r|PINNED", "[1.0,2.0)|BOUNDED", "[1.0]|BOUNDED", "[1.0,)|UNBOUNDED",
        "LATEST|UNBOUNDED", "1.0-SNAPSHOT|SNAPSHOT", "''|MANAGED", "${undefined}|MANAGED", "[1.0,2.0|INVALID"})
    void mavenVersions(String version, Constraint expected) {
        assertThat(Constraint.ofMaven(version)).isEqualTo(expected);
    }
}
