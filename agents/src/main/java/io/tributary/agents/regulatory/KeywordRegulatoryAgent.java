package io.tributary.agents.regulatory;

import io.tributary.agents.regulatory.internal.FilingDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * The {@code regulatory-keywords} agent: the regulatory agent reading filing text by counting risk
 * terms ("'investigation' appears 16 times, 11 as a possibility") instead of looking for disclosed
 * events. Its findings carry the same keys as the observations of {@link RegulatoryAgent}, so run
 * beside it ({@code regulatory.approaches=regulatory,regulatory-keywords}) the consensus check
 * shows where counting words and reading events disagree.
 */
@ApplicationScoped
@Named(KeywordRegulatoryAgent.NAME)
public class KeywordRegulatoryAgent extends RegulatoryAgent {

    /** The bean name job XML refers to. */
    public static final String NAME = "regulatory-keywords";

    public KeywordRegulatoryAgent() {
        this(Clock.systemUTC());
    }

    /** An agent that measures its latency and checks deadlines with {@code clock}. */
    public KeywordRegulatoryAgent(Clock clock) {
        super(clock, FilingDocuments.wordCounts());
    }
}
