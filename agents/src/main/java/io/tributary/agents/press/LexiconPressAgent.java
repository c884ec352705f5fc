package io.tributary.agents.press;

import io.tributary.agents.press.internal.VaderScorer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The {@code press-lexicon} agent: headline sentiment from VADER-style rules over the VADER
 * lexicon. It needs no training data, so it is an independent second opinion on the trained
 * {@code press} agent; it is much weaker on financial headlines, whose sentiment lies in domain
 * words ("downgrade", "beats estimates") that a general lexicon rates mildly or not at all.
 */
@ApplicationScoped
@Named(LexiconPressAgent.NAME)
public class LexiconPressAgent extends PressAgent {

    /** The bean name job XML refers to. */
    public static final String NAME = "press-lexicon";

    public LexiconPressAgent() {
        super(NAME, headline -> VaderScorer.shipped().classify(headline));
    }
}
