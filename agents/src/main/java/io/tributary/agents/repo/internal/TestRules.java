package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.internal.TestInventory.CodeFile;
import io.tributary.agents.repo.internal.TestInventory.TestCommand;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges a repository's tests for a release: code without tests ships unverified; test code
 * under {@value #THIN_RATIO} of the source's size covers little of it; from {@value #GOOD_RATIO}
 * on it is a well-tested project; and tests nobody can run by a declared command are not run
 * before a release.
 */
public final class TestRules {

    /** Test lines per source line below which the tests are thin. */
    public static final double THIN_RATIO = 0.2;
    /** Test lines per source line from which a project is well tested. */
    public static final double GOOD_RATIO = 0.5;

    private static final ReadinessArea AREA = ReadinessArea.TESTS;
    private static final int MAX_EVIDENCE = 10;

    private TestRules() {
    }

    /** The findings on {@code inventory}. */
    public static List<Finding> judge(TestInventory inventory) {
        List<Finding> findings = new ArrayList<>();
        findings.add(amount(inventory));
        findings.add(command(inventory));
        return findings;
    }

    private static Finding amount(TestInventory inventory) {
        int tests = inventory.testLines();
        int sources = inventory.sourceLines();
        double ratio = sources == 0 ? 0 : (double) tests / sources;
        Map<String, String> attributes = Map.of("testFiles", Integer.toString(inventory.tests().size()),
                "testLines", Integer.toString(tests), "sourceFiles", Integer.toString(inventory.sources().size()),
                "sourceLines", Integer.toString(sources), "ratio", String.format(Locale.ROOT, "%.2f", ratio));
        String sizes = String.format(Locale.ROOT, "%d test files (%d lines) for %d source files (%d lines)",
                inventory.tests().size(), tests, inventory.sources().size(), sources);
        if (inventory.tests().isEmpty()) {
            return AREA.finding("amount", "absent", "No tests: " + sizes, Polarity.NEGATIVE, Severity.HIGH, 0.9,
                    evidence(inventory.sources()), attributes);
        }
        List<CodeFile> cited = new ArrayList<>(inventory.tests());
        cited.addAll(inventory.sources());
        String ratioText = String.format(Locale.ROOT, "%.2f test lines per source line", ratio);
        if (sources > 0 && ratio < THIN_RATIO) {
            return AREA.finding("amount", "thin", "Thin tests: " + sizes + ", " + ratioText, Polarity.NEGATIVE,
                    Severity.MEDIUM, 0.8, evidence(cited), attributes);
        }
        boolean good = sources == 0 || ratio >= GOOD_RATIO;
        return AREA.finding("amount", "present", sizes + ", " + ratioText, good ? Polarity.POSITIVE : Polarity.NEUTRAL,
                Severity.LOW, 0.85, evidence(cited), attributes);
    }

    private static Finding command(TestInventory inventory) {
        if (inventory.command().isEmpty()) {
            return AREA.finding("command", "no-command", "No manifest declares how to run the tests (no test script "
                    + "in package.json, no pom.xml)", Polarity.NEGATIVE, Severity.MEDIUM, 0.8,
                    List.of(new Evidence(".", "root folder", "")), Map.of());
        }
        TestCommand command = inventory.command().get();
        Evidence evidence = new Evidence(command.file(), command.locator(), command.command());
        if (!command.runs()) {
            return AREA.finding("command", "no-command", command.file() + " declares no working test command: "
                    + command.command(), Polarity.NEGATIVE, Severity.MEDIUM, 0.85, List.of(evidence), Map.of());
        }
        return AREA.finding("command", "command", "The tests run with " + command.command() + " (" + command.file()
                + " " + command.locator() + ")", Polarity.POSITIVE, Severity.LOW, 0.9, List.of(evidence), Map.of());
    }

    private static List<Evidence> evidence(List<CodeFile> files) {
        return files.stream().sorted(Comparator.comparingInt(CodeFile::lines).reversed()).limit(MAX_EVIDENCE)
                .map(f -> new Evidence(f.file(), "whole file", f.lines() + " lines")).toList();
    }
}
