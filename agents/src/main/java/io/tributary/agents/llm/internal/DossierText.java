package io.tributary.agents.llm.internal;

import io.tributary.agents.source.Dossier;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * The text of a dossier file as the model sees it and as its quotes are checked against: HTML
 * pages as their visible text (jsoup), everything else as the file's own UTF-8 text.
 */
public final class DossierText {

    /** Extensions of files the model is shown. */
    public static final Set<String> EXTENSIONS = Set.of("csv", "json", "htm", "html", "txt", "md", "xml");
    private static final Set<String> HTML = Set.of("htm", "html");

    private DossierText() {
    }

    /**
     * The text of {@code file}.
     *
     * @throws io.tributary.agents.source.SourceException if the file is too large or not UTF-8
     */
    public static String of(Dossier dossier, Path file) {
        String text = dossier.text(file);
        return HTML.contains(Dossier.extension(file)) ? Jsoup.parse(text).text() : text;
    }

    /** Runs of whitespace as one space, trimmed: the form in which quotes are compared. */
    public static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
