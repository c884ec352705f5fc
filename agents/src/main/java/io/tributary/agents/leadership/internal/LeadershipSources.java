package io.tributary.agents.leadership.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.tributary.agents.sec.EightKItems;
import io.tributary.agents.sec.Filing;
import io.tributary.agents.sec.FilingText;
import io.tributary.agents.sec.FilingTextReader;
import io.tributary.agents.sec.FullSubmission;
import io.tributary.agents.sec.FullSubmissionReader;
import io.tributary.agents.sec.ItemMention;
import io.tributary.agents.sec.OwnershipFiling;
import io.tributary.agents.sec.OwnershipReader;
import io.tributary.agents.sec.SubmissionsReader;
import io.tributary.agents.sec.internal.JsonFiles;
import io.tributary.agents.source.Dossier;
import io.tributary.api.agent.SourceProblem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the leadership agent gathers from one dossier: officer lists from 10-K text,
 * officer-change filings (Item 5.02) from submissions lists and 8-K submissions, and ownership
 * forms. Each reader call may throw {@link io.tributary.agents.source.SourceException}; the agent
 * turns that into a problem for the file. Not thread-safe: one per analysis.
 */
public final class LeadershipSources {

    private static final String OFFICER_CHANGE = "5.02";

    private final List<OfficerList> officerLists = new ArrayList<>();
    private final Map<String, OfficerChange> changes = new LinkedHashMap<>();
    private final List<OwnershipFiling> ownership = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    private boolean historyKnown;
    private LocalDate historyThrough;
    private int used;

    /** Reads a document for an executive-officers list; true when it had one. */
    public boolean readText(Dossier dossier, Path file, String raw) {
        if (FullSubmissionReader.isFullSubmission(raw)) {
            return readSubmission(new FullSubmissionReader().read(dossier.relative(file), raw));
        }
        boolean html = FilingTextReader.HTML.contains(Dossier.extension(file));
        FilingText text = new FilingTextReader().read(dossier.relative(file), raw, html);
        if (EightKItems.isCurrentReport(text.text())) {
            return readCurrentReport(text);
        }
        return ExecutiveOfficersParser.parse(text).map(list -> {
            officerLists.add(list);
            used++;
            return true;
        }).orElse(false);
    }

    /** An 8-K saved as a document of its own: an officer change when it reports Item 5.02 and is dated. */
    private boolean readCurrentReport(FilingText text) {
        Optional<ItemMention> change = EightKItems.headings(text.text()).stream()
                .filter(h -> h.code().equals(OFFICER_CHANGE)).findFirst();
        Optional<LocalDate> date = EightKItems.reportDate(text.text());
        if (change.isEmpty() || date.isEmpty()) {
            return false;
        }
        changes.putIfAbsent(text.file(), new OfficerChange(text.file(), date.get(), text.file(), "Item 5.02",
                change.get().passage()));
        used++;
        return true;
    }

    /** Reads a submissions list for Item 5.02 filings; false when the JSON is something else. */
    public boolean readSubmissions(Dossier dossier, Path file) {
        String name = dossier.relative(file);
        JsonNode root = JsonFiles.read(dossier, file);
        if (!SubmissionsReader.looksLikeSubmissions(root)) {
            return false;
        }
        for (Filing filing : new SubmissionsReader().read(name, root).filings()) {
            if (filing.filingDate() != null && (historyThrough == null || filing.filingDate().isAfter(historyThrough))) {
                historyThrough = filing.filingDate();
            }
            if (filing.isCurrentReport() && filing.items().contains(OFFICER_CHANGE)) {
                changes.putIfAbsent(filing.accessionNumber(), new OfficerChange(filing.accessionNumber(),
                        filing.filingDate(), name, filing.accessionNumber() + " Item 5.02",
                        filing.form() + " filed " + filing.filingDate() + ", items " + String.join(",", filing.items())));
            }
        }
        historyKnown = true;
        used++;
        return true;
    }

    /** Reads an ownership form. */
    public void readOwnership(Dossier dossier, Path file) {
        ownership.add(new OwnershipReader().read(dossier, file));
        used++;
    }

    private boolean readSubmission(FullSubmission submission) {
        boolean reports = submission.itemInformation().stream()
                .anyMatch(t -> EightKItems.codeOfTitle(t).filter(OFFICER_CHANGE::equals).isPresent())
                || submission.primary().map(d -> EightKItems.headings(d.text()).stream()
                        .anyMatch(h -> h.code().equals(OFFICER_CHANGE))).orElse(false);
        if (!reports || submission.filed() == null) {
            return false;
        }
        changes.putIfAbsent(submission.accessionNumber(), new OfficerChange(submission.accessionNumber(),
                submission.filed(), submission.file(), submission.accessionNumber() + " Item 5.02",
                submission.formType() + " filed " + submission.filed() + " reports Item 5.02"));
        used++;
        return true;
    }

    public void problem(SourceProblem problem) {
        problems.add(problem);
    }

    public List<OfficerList> officerLists() {
        return List.copyOf(officerLists);
    }

    public List<OfficerChange> changes() {
        return List.copyOf(changes.values());
    }

    public List<OwnershipFiling> ownership() {
        return List.copyOf(ownership);
    }

    public List<SourceProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean historyKnown() {
        return historyKnown;
    }

    /** The date of the newest filing in the filing histories read, if one was read. */
    public Optional<LocalDate> historyThrough() {
        return Optional.ofNullable(historyThrough);
    }

    /**
     * The date of the newest dated leadership evidence: a filing in a filing history, an officer
     * change, or the date an officer list speaks for.
     */
    public Optional<LocalDate> newest() {
        return Stream.of(historyThrough().stream(), changes.values().stream().map(OfficerChange::date),
                officerLists.stream().map(OfficerList::effectiveDate)).flatMap(s -> s)
                .filter(d -> !d.equals(LocalDate.MIN)).max(LocalDate::compareTo);
    }

    /** How many files yielded leadership evidence. */
    public int used() {
        return used;
    }
}
