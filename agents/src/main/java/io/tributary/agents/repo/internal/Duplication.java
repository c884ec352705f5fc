package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.Repository;
import io.tributary.agents.source.SourceException;
import io.tributary.api.agent.SourceProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Blocks of code repeated across source files. Lines are compared after trimming and collapsing
 * white space; blank lines, comment lines and lines of brackets alone are left out (licence
 * headers and closing braces are alike everywhere). A run of at least {@value #WINDOW} such lines
 * that appears in two files, holding at least {@value #MIN_CHARS} characters, is a repeated block.
 *
 * @param files         the source files compared
 * @param lines         their significant lines
 * @param repeatedLines significant lines that belong to a block found in another file too
 * @param blocks        the repeated blocks, longest first
 * @param problems      files that could not be read
 */
public record Duplication(int files, int lines, int repeatedLines, List<Block> blocks, List<SourceProblem> problems) {

    /** Significant lines a repeated block has at least. */
    public static final int WINDOW = 6;
    /** Characters a repeated block holds at least, so that runs of short statements do not count. */
    public static final int MIN_CHARS = 120;

    private static final Pattern TRIVIAL = Pattern.compile("^[\\s{}()\\[\\];,]*$");
    private static final Pattern COMMENT = Pattern.compile("^(//|/\\*|\\*|#|--|<!--)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    public Duplication {
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
    }

    /**
     * One repeated block.
     *
     * @param file      where it is
     * @param fromLine  its first line, from 1
     * @param toLine    its last line
     * @param lines     its significant lines
     * @param otherFile a file holding the same block
     * @param otherLine where the block starts there
     * @param firstLine its first significant line, for the report
     */
    public record Block(String file, int fromLine, int toLine, int lines, String otherFile, int otherLine,
            String firstLine) {
    }

    /** The repeated blocks among {@code sources} of {@code repository}. */
    public static Duplication of(Repository repository, List<Path> sources) {
        List<SourceProblem> problems = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        for (Path file : sources) {
            try {
                codes.add(Code.of(repository.relative(file), repository.text(file)));
            } catch (SourceException e) {
                problems.add(e.toProblem());
            }
        }
        Map<String, List<Spot>> windows = new HashMap<>();
        for (Code code : codes) {
            for (int i = 0; i + WINDOW <= code.lines().size(); i++) {
                String window = code.window(i);
                if (window.length() >= MIN_CHARS) {
                    windows.computeIfAbsent(window, k -> new ArrayList<>()).add(new Spot(code, i));
                }
            }
        }
        Map<Code, Map<Integer, Spot>> repeated = new HashMap<>();
        for (List<Spot> spots : windows.values()) {
            if (spots.stream().map(Spot::code).distinct().count() > 1) {
                for (Spot spot : spots) {
                    Spot other = spots.stream().filter(s -> s.code() != spot.code()).findFirst().orElseThrow();
                    repeated.computeIfAbsent(spot.code(), k -> new HashMap<>()).putIfAbsent(spot.start(), other);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        int repeatedLines = 0;
        for (var entry : repeated.entrySet()) {
            repeatedLines += covered(entry.getValue().keySet()).size();
            blocks.addAll(blocks(entry.getKey(), entry.getValue()));
        }
        blocks.sort(Comparator.comparingInt(Block::lines).reversed().thenComparing(Block::file)
                .thenComparingInt(Block::fromLine));
        int lines = codes.stream().mapToInt(c -> c.lines().size()).sum();
        return new Duplication(codes.size(), lines, repeatedLines, blocks, problems);
    }

    /** Repeated lines per significant line, 0 to 1. */
    public double ratio() {
        return lines == 0 ? 0 : (double) repeatedLines / lines;
    }

    private static Set<Integer> covered(Set<Integer> starts) {
        Set<Integer> lines = new TreeSet<>();
        starts.forEach(s -> {
            for (int i = s; i < s + WINDOW; i++) {
                lines.add(i);
            }
        });
        return lines;
    }

    /** Consecutive repeated windows of one file merged into blocks. */
    private static List<Block> blocks(Code code, Map<Integer, Spot> starts) {
        List<Block> blocks = new ArrayList<>();
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(starts.keySet()));
        int i = 0;
        while (i < sorted.size()) {
            int first = sorted.get(i);
            int last = first;
            while (i + 1 < sorted.size() && sorted.get(i + 1) <= last + WINDOW) {
                last = sorted.get(++i);
            }
            Spot other = starts.get(first);
            Line from = code.lines().get(first);
            Line to = code.lines().get(last + WINDOW - 1);
            blocks.add(new Block(code.file(), from.number(), to.number(), last + WINDOW - first,
                    other.code().file(), other.code().lines().get(other.start()).number(), from.text()));
            i++;
        }
        return blocks;
    }

    /** A file's significant lines. */
    private record Code(String file, List<Line> lines) {
        static Code of(String file, String text) {
            List<Line> lines = new ArrayList<>();
            int number = 0;
            for (String raw : text.split("\\R", -1)) {
                number++;
                String line = SPACE.matcher(raw.strip()).replaceAll(" ");
                if (!TRIVIAL.matcher(line).matches() && !COMMENT.matcher(line).find()) {
                    lines.add(new Line(number, line));
                }
            }
            return new Code(file, lines);
        }

        String window(int start) {
            Set<String> distinct = new LinkedHashSet<>();
            StringBuilder joined = new StringBuilder();
            for (int i = start; i < start + WINDOW; i++) {
                distinct.add(lines.get(i).text());
                joined.append(lines.get(i).text()).append('\n');
            }
            // a run of one line repeated (a table of the same call) is not a copied block
            return distinct.size() == 1 ? "" : joined.toString();
        }
    }

    private record Line(int number, String text) {
    }

    private record Spot(Code code, int start) {
    }
}
