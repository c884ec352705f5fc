package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.Repository;
import io.tributary.agents.source.SourceException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The dated releases of a Markdown changelog ({@code CHANGELOG.md}, {@code HISTORY.md}, ...):
 * every heading that names a version, with the ISO date ({@code yyyy-MM-dd}) it carries, as Keep a
 * Changelog and most release tools write them ({@code ## [1.2.8](...) - 2023-02-09}).
 *
 * @param file     the changelog, relative to the repository root
 * @param releases its release headings, newest date first; undated ones last
 */
public record Changelog(String file, List<Release> releases) {

    /** Names a root file may have to be read as a changelog, in order of preference. */
    public static final List<String> NAMES = List.of("CHANGELOG.md", "HISTORY.md", "CHANGES.md", "NEWS.md",
            "CHANGELOG.markdown", "CHANGELOG");

    private static final Pattern VERSION = Pattern.compile("\\bv?(\\d+\\.\\d+(?:\\.\\d+)?(?:[-+][\\w.]+)?)");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    public Changelog {
        releases = List.copyOf(releases);
    }

    /**
     * One release heading.
     *
     * @param version the version it names
     * @param date    its date, if the heading carries one
     * @param line    its line in the file, from 1
     * @param heading the heading's line as it stands in the file
     */
    public record Release(String version, Optional<LocalDate> date, int line, String heading) {
    }

    /** The changelog of {@code repository}, if it has one at its root. */
    public static Optional<Path> find(Repository repository) {
        return NAMES.stream().map(repository::rootFile).flatMap(Optional::stream).findFirst();
    }

    /**
     * Reads the changelog at {@code path}.
     *
     * @throws SourceException if it cannot be read, or a heading carries a date that does not exist
     */
    public static Changelog read(Repository repository, Path path) {
        String file = repository.relative(path);
        List<Release> releases = new ArrayList<>();
        String text = repository.text(path);
        List<String> lines = text.lines().toList();
        MARKDOWN.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String words = words(heading);
                Matcher version = VERSION.matcher(words);
                if (version.find()) {
                    int line = heading.getSourceSpans().isEmpty() ? 0 : heading.getSourceSpans().get(0).getLineIndex() + 1;
                    String raw = line > 0 && line <= lines.size() ? lines.get(line - 1).strip() : words;
                    releases.add(new Release(version.group(1), date(file, line, words), line, raw));
                }
            }
        });
        releases.sort(Comparator.comparing((Release r) -> r.date().orElse(LocalDate.MIN)).reversed());
        return new Changelog(file, releases);
    }

    /** The releases that carry a date, newest first. */
    public List<Release> dated() {
        return releases.stream().filter(r -> r.date().isPresent()).toList();
    }

    /** The words of a heading without link targets, which hold versions and dates of their own. */
    private static String words(Heading heading) {
        StringBuilder words = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                words.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                words.append(code.getLiteral());
            }
        });
        return words.toString().strip();
    }

    private static Optional<LocalDate> date(String file, int line, String heading) {
        Matcher m = DATE.matcher(heading);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new SourceException(file, "line " + line + ": '" + m.group() + "' is not a date (" + e.getMessage()
                    + ") in heading '" + heading + "'", e);
        }
    }
}
