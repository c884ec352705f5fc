package io.tributary.agents.repo.internal;

import io.tributary.agents.source.Dossier;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files of a repository are program source, and which of those are tests, by the naming
 * conventions of the common test runners (JUnit, Jest, Mocha, tape, pytest, go test, RSpec).
 */
public final class SourceFiles {

    /** Extensions of program source files. */
    public static final Set<String> SOURCE_EXTENSIONS = Set.of("js", "mjs", "cjs", "jsx", "ts", "tsx", "java",
            "kt", "scala", "groovy", "py", "go", "rs", "rb", "php", "cs", "c", "h", "cc", "cpp", "hpp", "swift");

    private static final Set<String> TEST_FOLDERS = Set.of("test", "tests", "__tests__", "spec", "specs");
    private static final Pattern TEST_NAME = Pattern.compile(
            "(?i)(.*[._-](test|spec)s?\\.[a-z]+|.*_test\\.(go|py|rb)|test_.*\\.py)");
    /** JUnit-style class names: case matters, or {@code Contest.java} would be a test. */
    private static final Pattern TEST_CLASS = Pattern.compile(".*(Test|Tests|IT|Spec)\\.(java|kt|scala|groovy|cs|swift)");

    private SourceFiles() {
    }

    /** True for a program source file (by extension). */
    public static boolean isSource(Path file) {
        return SOURCE_EXTENSIONS.contains(Dossier.extension(file));
    }

    /** The source files among {@code files}. */
    public static List<Path> sources(List<Path> files) {
        return files.stream().filter(SourceFiles::isSource).toList();
    }

    /**
     * True for a source file that is a test: under a folder named like {@code test} or
     * {@code __tests__}, or named like {@code parser.test.js}, {@code ParserTest.java},
     * {@code parser_test.go} or {@code test_parser.py}.
     *
     * @param relative the path relative to the repository root, with '/' separators
     */
    public static boolean isTest(String relative) {
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (TEST_FOLDERS.contains(parts[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        String name = parts[parts.length - 1];
        return TEST_NAME.matcher(name).matches() || TEST_CLASS.matcher(name).matches();
    }
}
