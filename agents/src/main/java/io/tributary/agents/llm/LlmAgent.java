package io.tributary.agents.llm;

import io.tributary.agents.llm.internal.AgentRole;
import io.tributary.agents.llm.internal.AnswerParser;
import io.tributary.agents.llm.internal.ChatModelCall;
import io.tributary.agents.llm.internal.ChatReply;
import io.tributary.agents.llm.internal.DossierExcerpt;
import io.tributary.agents.llm.internal.EvidenceCheck;
import io.tributary.agents.llm.internal.LlmSettings;
import io.tributary.agents.llm.internal.ModelFinding;
import io.tributary.agents.llm.internal.ModelFindings;
import io.tributary.agents.llm.internal.Prompt;
import io.tributary.agents.source.Dossier;
import io.tributary.agents.source.Target;
import io.tributary.api.InvalidInputException;
import io.tributary.api.NonRetriableException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@code llm} agent: plays whichever role its step gives it ({@code financials}, {@code press},
 * {@code regulatory}, {@code patents}, {@code leadership}) by sending that role's dossier files,
 * bounded and fenced off as data, to an OpenAI-compatible chat model and asking for findings as
 * JSON. The answer is checked for form (malformed output is a {@link NonRetriableException}) and
 * every finding whose quoted evidence is not verbatim in the cited file is marked
 * {@link io.tributary.api.finding.Caveat#UNVERIFIED}.
 *
 * <p>Off unless configured: step properties {@code llm.baseUrl} and {@code llm.model} (or the
 * environment variables {@code TRIBUTARY_LLM_BASE_URL}, {@code TRIBUTARY_LLM_MODEL}), the key in
 * {@code TRIBUTARY_LLM_API_KEY} only, optionally {@code llm.timeoutSeconds} (default 60),
 * {@code llm.maxInputChars} (default 60,000), {@code llm.temperature}, {@code llm.jsonMode}
 * (default true). One model call per analysis; LangChain4j does not retry, the runtime does.
 */
@ApplicationScoped
@Named(LlmAgent.NAME)
public class LlmAgent implements Agent {

    /** The bean name job XML refers to. */
    public static final String NAME = "llm";

    private final Function<String, String> environment;
    private final ChatModelCall calls = new ChatModelCall();

    /** An agent configured from the process environment and step properties. */
    public LlmAgent() {
        this(System::getenv);
    }

    /** An agent that reads environment variables through {@code environment} (for tests and embedding). */
    public LlmAgent(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public AgentResult analyse(AgentTask task) {
        AgentRole role = AgentRole.of(task.agent());
        if (!task.isWhole()) {
            throw new InvalidInputException("The llm agent analyses the whole dossier, not work item '"
                    + task.item() + "'");
        }
        LlmSettings settings = LlmSettings.resolve(task, environment);
        Dossier dossier = Dossier.of(task);
        DossierExcerpt excerpt = DossierExcerpt.read(dossier, role, settings.maxInputChars());
        if (excerpt.isEmpty()) {
            List<SourceProblem> problems = new ArrayList<>(excerpt.problems());
            problems.add(new SourceProblem(String.join(", ", role.folders()), "no readable file for the "
                    + role.roleName() + " role in " + String.join(" or ", role.folders()) + "/"));
            return AgentResult.noEvidence(Usage.NONE, problems);
        }
        ChatReply reply = calls.call(settings, Prompt.of(role, Target.of(task.subject()), excerpt), role);
        Usage usage = new Usage(1, reply.inputTokens(), reply.outputTokens(), reply.latency(), reply.model());
        List<ModelFinding> stated;
        try {
            stated = AnswerParser.parse(reply.text(), role);
        } catch (AnswerParser.AnswerException e) {
            throw new NonRetriableException("Chat model '" + reply.model() + "' answered the " + role.roleName()
                    + " role with malformed findings: " + e.getMessage(), e);
        }
        List<Finding> findings = ModelFindings.of(stated, role, reply.model(), new EvidenceCheck(dossier));
        return new AgentResult(findings, usage, excerpt.files().size(), excerpt.problems());
    }
}
