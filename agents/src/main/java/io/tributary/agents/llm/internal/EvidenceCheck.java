package io.tributary.agents.llm.internal;

import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks what the model cites against the dossier: the file must be a dossier file and the quote
 * must stand in it verbatim once runs of whitespace are made single spaces. A quote that reads as
 * an instruction to a model ("ignore previous instructions") does not count as support even when
 * it is in the file: it is text planted in a document, not evidence about the company. One
 * instance serves one answer and reads each file once.
 */
public final class EvidenceCheck {

    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\b(ignore|disregard|forget|override)\\b"
            + "[^.]{0,40}\\b(previous|prior|above|earlier|all|any|your|the)\\b[^.]{0,20}"
            + "\\b(instructions?|prompts?|rules|directions)\\b"
            + "|\\byou are now\\b|\\bsystem prompt\\b|\\bnew instructions\\b");

    private final Dossier dossier;
    private final Map<String, FileText> texts = new HashMap<>();

    /** A cited file's normalised text, or why it cannot be read. */
    private record FileText(String text, String problem) {
    }

    public EvidenceCheck(Dossier dossier) {
        this.dossier = dossier;
    }

    /** Why the cited passages do not support a finding, or empty when every one checks out. */
    public Optional<String> problem(List<ModelFinding.Cited> cited) {
        if (cited.isEmpty()) {
            return Optional.of("the model cited no evidence");
        }
        for (ModelFinding.Cited passage : cited) {
            Optional<String> problem = problem(passage);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** The dossier-relative form of a cited file name ({@code ./press/a.csv} gives {@code press/a.csv}). */
    public static String relative(String cited) {
        String file = cited.trim().replace('\\', '/');
        while (file.startsWith("./") || file.startsWith("/")) {
            file = file.substring(file.startsWith("./") ? 2 : 1);
        }
        return file;
    }

    private Optional<String> problem(ModelFinding.Cited passage) {
        String file = relative(passage.file());
        String quote = DossierText.normalised(passage.quote());
        if (quote.isEmpty()) {
            return Optional.of("no quote from " + file);
        }
        FileText text = texts.computeIfAbsent(file, this::read);
        if (text.problem() != null) {
            return Optional.of(text.problem());
        }
        if (!text.text().contains(quote)) {
            return Optional.of("the quote is not in " + file);
        }
        if (INSTRUCTION.matcher(quote).find()) {
            return Optional.of("the quote from " + file + " reads as an instruction to a model, not as evidence");
        }
        return Optional.empty();
    }

    private FileText read(String file) {
        try {
            if (file.isEmpty()) {
                return new FileText(null, "the model cited no file");
            }
            return new FileText(DossierText.normalised(DossierText.of(dossier, dossier.resolve(file))), null);
        } catch (SourceException e) {
            return new FileText(null, "the cited file cannot be used: " + e.getMessage());
        }
    }
}
