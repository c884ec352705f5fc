package io.tributary.agents.press;

import io.tributary.agents.press.internal.EmbeddingHeadlineModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The {@code press-embeddings} agent: headline sentiment from a logistic regression over
 * all-MiniLM-L6-v2 sentence embeddings (run in process from the ONNX model inside its Maven
 * artefact), trained on the twitter-financial-news training split. It reads meaning rather than
 * words, so it is a third, independent opinion beside the word model ({@code press}) and the
 * lexicon ({@code press-lexicon}). The embedding model (about 90 MB) is loaded at the first
 * headline, once per JVM.
 */
@ApplicationScoped
@Named(EmbeddingPressAgent.NAME)
public class EmbeddingPressAgent extends PressAgent {

    /** The bean name job XML refers to. */
    public static final String NAME = "press-embeddings";

    public EmbeddingPressAgent() {
        super(NAME, headline -> EmbeddingHeadlineModel.shared().classify(headline));
    }
}
