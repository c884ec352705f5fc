package io.tributary.agents.regulatory.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.agents.sec.EightKItems;
import io.tributary.agents.sec.FilingText;
import io.tributary.agents.sec.FilingTextReader;
import io.tributary.agents.sec.FullSubmission;
import io.tributary.agents.sec.FullSubmissionReader;
import io.tributary.agents.sec.ItemMention;
import io.tributary.agents.sec.Submissions;
import io.tributary.agents.sec.SubmissionsReader;
import io.tributary.agents.sec.internal.JsonFiles;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Analyses one document of {@code filings/} by its kind: a submissions list gives 8-K items by
 * filing; a full EDGAR submission gives its items, its press-release exhibits and the reading of
 * its main document's text; other text (10-K Markdown or HTML, an 8-K saved as HTML) gives the
 * reading of its text and, for an 8-K, its item headings. How text is read is the approach's
 * choice: disclosed events ({@link DisclosedEvents}) or word counts ({@link RiskLanguage}).
 */
public final class FilingDocuments {

    private final Function<FilingText, List<Finding>> textReading;
    private final SubmissionsReader submissions = new SubmissionsReader();
    private final FullSubmissionReader fullSubmissions = new FullSubmissionReader();
    private final FilingTextReader texts = new FilingTextReader();

    /** Documents whose text is read by {@code textReading}. */
    public FilingDocuments(Function<FilingText, List<Finding>> textReading) {
        this.textReading = Objects.requireNonNull(textReading, "textReading");
    }

    /** Documents whose text is read for the events it discloses. */
    public static FilingDocuments disclosedEvents() {
        return new FilingDocuments(DisclosedEvents::scan);
    }

    /** Documents whose text is read for risk terms, counted. */
    public static FilingDocuments wordCounts() {
        return new FilingDocuments(RiskLanguage::scan);
    }

    /** The findings of one document; a document that cannot be used becomes a problem. */
    public DocumentResult analyse(Dossier dossier, Path file) {
        String name = dossier.relative(file);
        try {
            String extension = Dossier.extension(file);
            if (extension.equals("json")) {
                return fromJson(name, JsonFiles.read(dossier, file));
            }
            String raw = dossier.text(file);
            if (FullSubmissionReader.isFullSubmission(raw)) {
                return fromFullSubmission(fullSubmissions.read(name, raw));
            }
            return fromText(texts.read(name, raw, FilingTextReader.HTML.contains(extension)));
        } catch (SourceException e) {
            return DocumentResult.problem(e.toProblem());
        }
    }

    private DocumentResult fromJson(String file, JsonNode root) {
        if (!SubmissionsReader.looksLikeSubmissions(root)) {
            return DocumentResult.problem(new SourceProblem(file, "is JSON but not an SEC submissions response "
                    + "(no filings.recent object); only submissions JSON belongs in filings/"));
        }
        Submissions list = submissions.read(file, root);
        List<Finding> findings = new ArrayList<>();
        list.filings().stream().filter(f -> f.isCurrentReport()).forEach(filing -> {
            String quote = filing.form() + " filed " + filing.filingDate() + ", items " + String.join(",", filing.items());
            for (String code : filing.items()) {
                ItemFindings.of(new ItemEvent(code, filing.accessionNumber(), filing.form(), filing.filingDate(),
                        file, filing.accessionNumber() + " Item " + code, quote)).ifPresent(findings::add);
            }
        });
        return DocumentResult.read(findings);
    }

    private DocumentResult fromFullSubmission(FullSubmission submission) {
        String file = submission.file();
        List<Finding> findings = new ArrayList<>();
        String primaryText = submission.primary().map(d -> d.text()).orElse("");
        String primaryName = submission.primary().map(d -> d.filename()).orElse("");
        List<ItemMention> headings = EightKItems.headings(primaryText);
        List<String> codes = new ArrayList<>();
        submission.itemInformation().forEach(title -> EightKItems.codeOfTitle(title).ifPresent(codes::add));
        headings.forEach(h -> codes.add(h.code()));
        codes.stream().distinct().sorted().forEach(code -> {
            String quote = headings.stream().filter(h -> h.code().equals(code)).map(ItemMention::passage)
                    .findFirst().orElse("ITEM INFORMATION: " + EightKItems.title(code).orElse(code));
            ItemFindings.of(new ItemEvent(code, submission.accessionNumber(), submission.formType(),
                    submission.filed(), file, submission.accessionNumber() + " Item " + code + " (" + primaryName + ")",
                    quote)).ifPresent(findings::add);
        });
        submission.documents().stream().filter(d -> d.isExhibit99() && !d.headline().isBlank())
                .forEach(d -> findings.add(PressReleases.of(submission, d)));
        if (!primaryText.isBlank()) {
            findings.addAll(notReportedAsItem(findings, textReading.apply(FilingTextReader.of(file, primaryText))));
        }
        return DocumentResult.read(findings);
    }

    private DocumentResult fromText(FilingText text) {
        List<Finding> findings = new ArrayList<>();
        if (EightKItems.isCurrentReport(text.text())) {
            LocalDate date = EightKItems.reportDate(text.text()).orElse(null);
            for (ItemMention mention : EightKItems.headings(text.text())) {
                ItemFindings.of(new ItemEvent(mention.code(), text.file(), "8-K", date, text.file(),
                        "Item " + mention.code(), mention.passage())).ifPresent(findings::add);
            }
        }
        findings.addAll(notReportedAsItem(findings, textReading.apply(text)));
        return DocumentResult.read(findings);
    }

    /**
     * The text's findings except the conclusions on a topic an item of the same filing already
     * reports (the 8-K's Item 4.02 and its "should no longer be relied upon" are one event).
     */
    private static List<Finding> notReportedAsItem(List<Finding> itemFindings, List<Finding> textFindings) {
        Set<String> reported = itemFindings.stream().map(Finding::topic).collect(Collectors.toSet());
        return textFindings.stream()
                .filter(f -> f.severity() == Severity.INFO || !reported.contains(f.topic()))
                .toList();
    }
}
