package io.tributary.agents.regulatory;

import io.tributary.agents.regulatory.internal.DocumentResult;
import io.tributary.agents.regulatory.internal.FilingDocuments;
import io.tributary.agents.regulatory.internal.ItemsByYear;
import io.tributary.agents.source.Dossier;
import io.tributary.api.InvalidInputException;
import io.tributary.api.RetriableException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regulatory-filings agent ({@code regulatory}): 8-K items, company press releases filed as
 * exhibits, and the legal and regulatory events a filing's text discloses (a restatement, a
 * subpoena, a material weakness, a named investigation), each with its disclosing sentence; risk
 * factors that raise such events only as a possibility become observations that decide no rating.
 * {@link KeywordRegulatoryAgent} ({@code regulatory-keywords}) reads the same documents by counting
 * risk terms instead, so the consensus check can compare the two readings. Each document of {@code filings/} is one work item, so a large
 * filing history is analysed in parallel and a restart resumes where it stopped; the yearly
 * summary of 8-K items is drawn once all items are in. Called with the whole dossier it does
 * both in one call, and gives up with a retriable error if the task's deadline passes first.
 * Stateless, so one instance serves parallel runs.
 */
@ApplicationScoped
@Named(RegulatoryAgent.NAME)
public class RegulatoryAgent implements Agent {

    /** The bean name job XML refers to. */
    public static final String NAME = "regulatory";
    /** The dossier folder this agent reads. */
    public static final String FOLDER = "filings";

    private static final Set<String> EXTENSIONS = Set.of("json", "txt", "md", "htm", "html", "xhtml");

    private final Clock clock;
    private final FilingDocuments documents;

    public RegulatoryAgent() {
        this(Clock.systemUTC());
    }

    /** An agent that measures its latency and checks deadlines with {@code clock}. */
    public RegulatoryAgent(Clock clock) {
        this(clock, FilingDocuments.disclosedEvents());
    }

    /** An agent that reads documents with {@code documents}. */
    protected RegulatoryAgent(Clock clock, FilingDocuments documents) {
        this.clock = clock;
        this.documents = documents;
    }

    /** One item per filing document, as its path relative to the dossier, in name order. */
    @Override
    public List<String> items(AgentTask task) {
        Dossier dossier = Dossier.of(task);
        return dossier.files(FOLDER, EXTENSIONS).stream().map(dossier::relative).toList();
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        Instant started = clock.instant();
        Dossier dossier = Dossier.of(task);
        if (!task.isWhole()) {
            DocumentResult result = documents.analyse(dossier, document(dossier, task.item()));
            return result(result.findings(), result.problems(), result.used(), started);
        }
        List<Finding> findings = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        int used = 0;
        List<String> items = items(task);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (clock.instant().isAfter(task.deadline())) {
                throw new RetriableException("Regulatory analysis of " + task.root() + " reached its deadline "
                        + task.deadline() + " after " + i + " of " + items.size() + " documents");
            }
            DocumentResult result = documents.analyse(dossier, document(dossier, item));
            findings.addAll(result.findings());
            problems.addAll(result.problems());
            used += result.used();
        }
        findings.addAll(ItemsByYear.of(findings));
        return result(distinctByKey(findings), problems, used, started);
    }

    /** The yearly summary of 8-K items across every document's findings. */
    @Override
    public AgentResult conclude(AgentTask task, List<Finding> itemFindings) {
        List<Finding> summaries = ItemsByYear.of(itemFindings);
        return AgentResult.of(summaries, Usage.NONE, itemFindings.isEmpty() ? 0 : 1);
    }

    private AgentResult result(List<Finding> findings, List<SourceProblem> problems, int used, Instant started) {
        Usage usage = Usage.local(Duration.between(started, clock.instant()));
        return used == 0 ? AgentResult.noEvidence(usage, problems) : new AgentResult(findings, usage, used, problems);
    }

    /** The document of a work item; reading it (through the dossier) checks where it really leads. */
    private static Path document(Dossier dossier, String item) {
        Path file = dossier.resolve(item);
        if (!file.startsWith(dossier.resolve(FOLDER))) {
            throw new InvalidInputException("Work item '" + item + "' is not in the dossier's " + FOLDER + "/ folder");
        }
        return file;
    }

    /** The same filing seen in two documents gives one finding per key; the first seen is kept. */
    private static List<Finding> distinctByKey(List<Finding> findings) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        findings.forEach(f -> byKey.putIfAbsent(f.key(), f));
        return List.copyOf(byKey.values());
    }
}
