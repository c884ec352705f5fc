package io.tributary.agents.patents;

import io.tributary.agents.patents.internal.InventorConcentration;
import io.tributary.agents.patents.internal.Portfolio;
import io.tributary.agents.patents.internal.PortfolioFindings;
import io.tributary.agents.patents.internal.TitleThemes;
import io.tributary.agents.patents.internal.UsptoSearch;
import io.tributary.agents.patents.internal.UsptoSearchReader;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import io.tributary.api.InvalidInputException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code patents} agent: reads every USPTO Patent Public Search result in the dossier's
 * {@code patents/} folder and reports the portfolio's size ({@code patents.portfolio-size}), its
 * grants, applications and designs ({@code patents.kind-split}), how recent it is
 * ({@code patents.recency}, judged against the injected clock), its technology themes
 * ({@code patents.themes}) and its dependence on a few inventors
 * ({@code patents.inventor-concentration}). One call covers the whole dossier. Stateless.
 */
@ApplicationScoped
@Named(PatentsAgent.NAME)
public class PatentsAgent implements Agent {

    /** The bean name job XML refers to. */
    public static final String NAME = "patents";
    /** The dossier folder this agent reads. */
    public static final String FOLDER = "patents";

    private final Clock clock;

    public PatentsAgent() {
        this(Clock.systemUTC());
    }

    /** An agent that judges recency against {@code clock}. */
    public PatentsAgent(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        if (!task.isWhole()) {
            throw new InvalidInputException("The patents agent analyses the whole dossier, not work item '"
                    + task.item() + "'");
        }
        long started = System.nanoTime();
        Dossier dossier = Dossier.of(task);
        List<Path> files = dossier.files(FOLDER, Set.of("json"));
        if (files.isEmpty()) {
            return AgentResult.noEvidence(elapsed(started), List.of(noFiles(dossier)));
        }
        UsptoSearchReader reader = new UsptoSearchReader(dossier);
        List<UsptoSearch> searches = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                UsptoSearch search = reader.read(file);
                searches.add(search);
                problems.addAll(skipped(search));
            } catch (SourceException e) {
                problems.add(e.toProblem());
            }
        }
        Portfolio portfolio = Portfolio.of(searches.stream().filter(s -> !s.documents().isEmpty()).toList());
        if (portfolio.documents().isEmpty()) {
            return AgentResult.noEvidence(elapsed(started), problems);
        }
        return new AgentResult(findings(portfolio), elapsed(started), portfolio.searches().size(), problems);
    }

    private List<Finding> findings(Portfolio portfolio) {
        LocalDate today = LocalDate.now(clock);
        return List.of(PortfolioFindings.size(portfolio), PortfolioFindings.kindSplit(portfolio),
                PortfolioFindings.recency(portfolio, today), TitleThemes.of(portfolio),
                InventorConcentration.of(portfolio));
    }

    private static List<SourceProblem> skipped(UsptoSearch search) {
        if (search.documents().isEmpty() && search.skipped().isEmpty()) {
            return List.of(new SourceProblem(search.file(), "has an empty docs array"));
        }
        if (search.skipped().isEmpty()) {
            return List.of();
        }
        String shown = String.join("; ", search.skipped().subList(0, Math.min(5, search.skipped().size())));
        return List.of(new SourceProblem(search.file(), search.skipped().size() + " documents skipped: " + shown));
    }

    private static SourceProblem noFiles(Dossier dossier) {
        return dossier.hasFolder(FOLDER)
                ? new SourceProblem(FOLDER, "the patents folder has no .json search result")
                : new SourceProblem(FOLDER, "the dossier has no patents folder");
    }

    private static Usage elapsed(long startedNanos) {
        return Usage.local(Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
