package io.tributary.agents.press.internal;

import io.tributary.agents.press.HeadlineClassifier;
import io.tributary.agents.press.HeadlineSentiment;
import io.tributary.agents.press.Sentiment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Multinomial logistic regression (Tribuo, AdaGrad, fixed seed) on the sentence embeddings of
 * {@link HeadlineEmbeddings}, trained on the twitter-financial-news training split. Embedding the
 * 9,543 training headlines takes minutes on two cores, so the trained regression ships as a Tribuo
 * protobuf file ({@value #SHIPPED_MODEL}, about 30 KB) written by {@link EmbeddingModelTraining}
 * from the shipped training split; only the dossier's headlines are embedded at run time. The
 * model is immutable after loading, so one instance serves all threads.
 */
public final class EmbeddingHeadlineModel implements HeadlineClassifier {

    /** The shipped regression, on the class path next to this class. */
    public static final String SHIPPED_MODEL = "embeddings/headline-sentiment-minilm.tribuo";

    static final long SEED = 42L;
    static final int EPOCHS = 30;
    static final double LEARNING_RATE = 0.5;
    static final double ADAGRAD_EPSILON = 0.1;
    private static final int LOG_EVERY_EXAMPLES = 10_000_000;

    private static final LabelFactory LABELS = new LabelFactory();
    private static final HeadlineSentiment NO_TEXT = new HeadlineSentiment(Sentiment.NEUTRAL, 0.0, 0.0);
    private static final Object LOCK = new Object();
    private static volatile EmbeddingHeadlineModel shared;

    private final HeadlineEmbeddings embeddings;
    private final Model<Label> model;

    EmbeddingHeadlineModel(HeadlineEmbeddings embeddings, Model<Label> model) {
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The shipped regression over the shipped embedding model, loaded on the first call in this JVM. */
    public static EmbeddingHeadlineModel shared() {
        EmbeddingHeadlineModel result = shared;
        if (result == null) {
            synchronized (LOCK) {
                result = shared;
                if (result == null) {
                    result = new EmbeddingHeadlineModel(HeadlineEmbeddings.shared(), shippedRegression());
                    shared = result;
                }
            }
        }
        return result;
    }

    /** A model trained on {@code rows}; the same rows in the same order give the same model. */
    public static EmbeddingHeadlineModel train(List<LabelledHeadline> rows, HeadlineEmbeddings embeddings) {
        List<LabelledHeadline> usable = rows.stream().filter(r -> HeadlineEmbeddings.text(r.text()).isPresent()).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("Cannot train the embeddings headline model on no rows with text");
        }
        List<float[]> vectors = embeddings.vectors(
                usable.stream().map(r -> HeadlineEmbeddings.text(r.text()).orElseThrow()).toList());
        var dataset = new MutableDataset<Label>(new SimpleDataSourceProvenance("labelled headlines, embedded", LABELS),
                LABELS);
        for (int i = 0; i < usable.size(); i++) {
            dataset.add(HeadlineEmbeddings.example(vectors.get(i), new Label(usable.get(i).label().label())));
        }
        var trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGrad(LEARNING_RATE, ADAGRAD_EPSILON), EPOCHS, LOG_EVERY_EXAMPLES, 1, SEED);
        return new EmbeddingHeadlineModel(embeddings, trainer.train(dataset));
    }

    /** The trained regression, for {@link EmbeddingModelTraining} to write. */
    Model<Label> regression() {
        return model;
    }

    /** A headline without text once links are removed is neutral with no confidence. */
    @Override
    public HeadlineSentiment classify(String headline) {
        Optional<String> text = HeadlineEmbeddings.text(headline);
        if (text.isEmpty()) {
            return NO_TEXT;
        }
        float[] vector = embeddings.vector(text.get());
        return LabelPredictions.sentiment(model.predict(HeadlineEmbeddings.example(vector, LabelFactory.UNKNOWN_LABEL)));
    }

    static Model<Label> shippedRegression() {
        try (InputStream in = EmbeddingHeadlineModel.class.getResourceAsStream(SHIPPED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The embeddings headline model " + SHIPPED_MODEL
                        + " is missing from the class path");
            }
            return labelModel(Model.deserializeFromStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embeddings headline model " + SHIPPED_MODEL, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Model<Label> labelModel(Model<?> model) {
        if (!model.validate(Label.class)) {
            throw new IllegalStateException("The embeddings headline model " + SHIPPED_MODEL
                    + " does not predict labels");
        }
        return (Model<Label>) model;
    }
}
