package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.internal.Duplication.Block;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges repeated code for a release: under {@value #LOW_RATIO} of the significant lines repeated
 * is ordinary; from {@value #HIGH_RATIO} on, fixes made in one copy will be missing from the
 * others, which weighs on every later release.
 */
public final class DuplicationRules {

    /** Share of repeated lines up to which duplication is ordinary. */
    public static final double LOW_RATIO = 0.03;
    /** Share of repeated lines from which duplication is a concern. */
    public static final double HIGH_RATIO = 0.10;
    /** Blocks cited as evidence. */
    static final int MAX_BLOCKS = 5;

    private static final ReadinessArea AREA = ReadinessArea.DUPLICATION;

    private DuplicationRules() {
    }

    /** The findings on {@code duplication}. */
    public static List<Finding> judge(Duplication duplication) {
        double ratio = duplication.ratio();
        String share = String.format(Locale.ROOT, "%d of %d significant lines (%.1f%%) in %d source files",
                duplication.repeatedLines(), duplication.lines(), ratio * 100, duplication.files());
        Map<String, String> attributes = Map.of("files", "" + duplication.files(), "lines", "" + duplication.lines(),
                "repeatedLines", "" + duplication.repeatedLines(), "blocks", "" + duplication.blocks().size(),
                "ratio", String.format(Locale.ROOT, "%.3f", ratio));
        List<Evidence> evidence = new ArrayList<>();
        for (Block block : duplication.blocks().subList(0, Math.min(MAX_BLOCKS, duplication.blocks().size()))) {
            evidence.add(new Evidence(block.file(), "lines " + block.fromLine() + "-" + block.toLine()
                    + ", also " + block.otherFile() + " line " + block.otherLine(), block.firstLine()));
        }
        if (duplication.blocks().isEmpty()) {
            return List.of(AREA.finding("ratio", "none", "No block of " + Duplication.WINDOW + " or more lines is "
                    + "repeated across files: " + share + " compared", Polarity.POSITIVE, Severity.LOW, 0.85,
                    List.of(new Evidence(".", "source files", duplication.files() + " files")), attributes));
        }
        String claim = duplication.blocks().size() + " repeated blocks: " + share + " are repeated elsewhere";
        if (ratio >= HIGH_RATIO) {
            return List.of(AREA.finding("ratio", "high", "Much repeated code: " + claim, Polarity.NEGATIVE,
                    Severity.MEDIUM, 0.8, evidence, attributes));
        }
        return List.of(AREA.finding("ratio", "repeated", claim, ratio <= LOW_RATIO ? Polarity.NEUTRAL : Polarity.NEGATIVE,
                Severity.LOW, 0.8, evidence, attributes));
    }
}
