package io.tributary.agents.llm.internal;

import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import io.tributary.api.agent.SourceProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dossier text one call sends to the model: the role's files, each cut to a fair share of a
 * character budget so one huge file cannot crowd out the others or run up the bill.
 *
 * @param files    the files shown, in order
 * @param problems files that could not be read
 */
public record DossierExcerpt(List<Part> files, List<SourceProblem> problems) {

    /** One file's text as shown, and whether it was cut. */
    public record Part(String file, String text, int fullLength) {
        public boolean truncated() {
            return text.length() < fullLength;
        }
    }

    public DossierExcerpt {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** The role's files in the dossier, within {@code maxChars} characters in all. */
    public static DossierExcerpt read(Dossier dossier, AgentRole role, int maxChars) {
        List<Path> paths = new ArrayList<>();
        role.folders().forEach(folder -> paths.addAll(dossier.files(folder, DossierText.EXTENSIONS)));
        List<Part> parts = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        int remaining = maxChars;
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            try {
                String text = DossierText.of(dossier, path);
                int share = remaining / (paths.size() - i);
                String shown = text.length() <= share ? text : text.substring(0, share);
                remaining -= shown.length();
                parts.add(new Part(dossier.relative(path), shown, text.length()));
            } catch (SourceException e) {
                problems.add(e.toProblem());
            }
        }
        return new DossierExcerpt(parts, problems);
    }

    /** True when no file could be shown. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The files as one block of text, each introduced by a header line naming it. */
    public String render() {
        StringBuilder block = new StringBuilder();
        for (Part part : files) {
            block.append(String.format(Locale.ROOT, "----- file: %s (%,d characters%s) -----%n", part.file(),
                    part.fullLength(), part.truncated() ? ", first " + part.text().length() + " shown" : ""));
            block.append(part.text());
            if (!part.text().endsWith("\n")) {
                block.append('\n');
            }
        }
        return block.toString();
    }
}
