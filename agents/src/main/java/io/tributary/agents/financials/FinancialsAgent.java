package io.tributary.agents.financials;

import io.tributary.agents.financials.internal.FinancialHistory;
import io.tributary.agents.financials.internal.FinancialRules;
import io.tributary.agents.financials.internal.Horizon;
import io.tributary.agents.sec.AnnualValues;
import io.tributary.agents.sec.CompanyFactsReader;
import io.tributary.agents.sec.InlineXbrlReader;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.SourceException;
import io.tributary.agents.source.StepProperties;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The financial-statements agent. Reads the XBRL sources in {@code financials/} (companyfacts
 * JSON and inline-XBRL 10-K documents), merges them into one multi-year history, and concludes on
 * the current state and the trajectory within a horizon of the latest fiscal years (property
 * {@value #HORIZON}, default {@value Horizon#DEFAULT_YEARS}): losses, profitability, revenue trend,
 * negative equity, cash burn and debt, each stating its period and with the XBRL concept and
 * period as evidence. Losses before the horizon become one history finding that decides no
 * rating. Stateless, so one instance serves parallel runs.
 */
@ApplicationScoped
@Named("financials")
public class FinancialsAgent implements Agent {

    /** The dossier folder this agent reads. */
    public static final String FOLDER = "financials";
    /** Step property (job parameter {@code financials.horizonYears}): how many of the latest fiscal years decide. */
    public static final String HORIZON = "horizonYears";

    private static final Set<String> EXTENSIONS = Set.of("json", "htm", "html", "xhtml");

    private final Clock clock;
    private final CompanyFactsReader companyFacts = new CompanyFactsReader();
    private final InlineXbrlReader inlineXbrl = new InlineXbrlReader();

    public FinancialsAgent() {
        this(Clock.systemUTC());
    }

    /** An agent that measures its latency with {@code clock}. */
    public FinancialsAgent(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        int horizonYears = horizonYears(task);
        Instant started = clock.instant();
        Dossier dossier = Dossier.of(task);
        FinancialHistory history = new FinancialHistory();
        List<SourceProblem> problems = new ArrayList<>();
        int used = 0;
        for (Path file : dossier.files(FOLDER, EXTENSIONS)) {
            try {
                if (history.add(annualValues(dossier, file)) > 0) {
                    used++;
                } else {
                    problems.add(new SourceProblem(dossier.relative(file), "has no annual (10-K, fiscal year) "
                            + "figures for revenue, net income, operating cash flow, equity or debt"));
                }
            } catch (SourceException e) {
                problems.add(e.toProblem());
            }
        }
        Usage usage = Usage.local(Duration.between(started, clock.instant()));
        if (used == 0) {
            return AgentResult.noEvidence(usage, problems);
        }
        return new AgentResult(FinancialRules.findings(history, horizonYears), usage, used, problems);
    }

    private static int horizonYears(AgentTask task) {
        return StepProperties.positive(task, HORIZON, Horizon.DEFAULT_YEARS, "fiscal years");
    }

    private AnnualValues annualValues(Dossier dossier, Path file) {
        if (Dossier.extension(file).equals("json")) {
            return companyFacts.read(dossier, file).annual();
        }
        return inlineXbrl.read(dossier, file).annual();
    }
}
