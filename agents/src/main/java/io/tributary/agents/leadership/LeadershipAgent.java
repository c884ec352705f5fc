package io.tributary.agents.leadership;

import io.tributary.agents.leadership.internal.InsiderSummary;
import io.tributary.agents.leadership.internal.LeadershipRules;
import io.tributary.agents.leadership.internal.LeadershipSources;
import io.tributary.agents.leadership.internal.LeadershipWindow;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import io.tributary.agents.source.StepProperties;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The leadership agent. Looks for executive-officer lists in the 10-K documents of
 * {@code leadership/}, {@code filings/} and {@code financials/}, counts officer changes (8-K Item
 * 5.02) in submissions lists and 8-K submissions of {@code filings/}, and sums up insider
 * ownership forms in {@code leadership/}. Turnover is judged on a window of the latest years up to
 * the newest dated evidence (property {@value #HORIZON}, default
 * {@value LeadershipWindow#DEFAULT_YEARS}); changes before it are history that decides no rating.
 * Stateless, so one instance serves parallel runs.
 */
@ApplicationScoped
@Named("leadership")
public class LeadershipAgent implements Agent {

    /** Step property (job parameter {@code leadership.horizonYears}): how many of the latest years decide. */
    public static final String HORIZON = "horizonYears";

    private static final Set<String> TEXT = Set.of("md", "txt", "htm", "html", "xhtml");
    private static final Set<String> FILING_TEXT = Set.of("md", "txt", "htm", "html", "xhtml", "json");

    private final Clock clock;

    public LeadershipAgent() {
        this(Clock.systemUTC());
    }

    /** An agent that measures its latency and checks deadlines with {@code clock}. */
    public LeadershipAgent(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        int horizonYears = StepProperties.positive(task, HORIZON, LeadershipWindow.DEFAULT_YEARS, "years");
        Instant started = clock.instant();
        Dossier dossier = Dossier.of(task);
        LeadershipSources sources = new LeadershipSources();
        List<Path> files = new ArrayList<>(dossier.files("leadership", Set.of("xml")));
        files.addAll(dossier.files("leadership", TEXT));
        files.addAll(dossier.files("filings", FILING_TEXT));
        files.addAll(dossier.files("financials", Set.of("htm", "html", "xhtml")));
        for (int i = 0; i < files.size(); i++) {
            if (clock.instant().isAfter(task.deadline())) {
                throw new RetriableException("Leadership analysis of " + task.root() + " reached its deadline "
                        + task.deadline() + " after " + i + " of " + files.size() + " files");
            }
            read(dossier, files.get(i), sources);
        }
        // a dossier without dated evidence is judged up to today, which only states the period
        int latestYear = sources.newest().orElse(LocalDate.now(clock)).getYear();
        List<Finding> findings = new ArrayList<>(LeadershipRules.findings(sources,
                new LeadershipWindow(horizonYears, latestYear)));
        InsiderSummary.of(sources.ownership()).ifPresent(findings::add);
        Usage usage = Usage.local(Duration.between(started, clock.instant()));
        if (sources.used() == 0) {
            return AgentResult.noEvidence(usage, sources.problems());
        }
        return new AgentResult(findings, usage, sources.used(), sources.problems());
    }

    private static void read(Dossier dossier, Path file, LeadershipSources sources) {
        try {
            String extension = Dossier.extension(file);
            if (extension.equals("xml")) {
                sources.readOwnership(dossier, file);
            } else if (extension.equals("json")) {
                if (!sources.readSubmissions(dossier, file)) {
                    sources.problem(new SourceProblem(dossier.relative(file),
                            "is JSON but not an SEC submissions response (no filings.recent object)"));
                }
            } else {
                sources.readText(dossier, file, dossier.text(file));
            }
        } catch (SourceException e) {
            sources.problem(e.toProblem());
        }
    }
}
