package io.tributary.agents.press.internal;

import io.tributary.agents.press.HeadlineClassifier;
import io.tributary.agents.press.HeadlineSentiment;
import java.util.List;
import java.util.SortedMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Multinomial logistic regression (Tribuo, AdaGrad, fixed seed) on binary word unigram and bigram
 * features, trained on the twitter-financial-news training split. Training takes about two
 * seconds, so the shared model is trained once per JVM at first use instead of shipping a
 * serialised model whose features could drift from {@link HeadlineFeatures}. Tribuo models are
 * immutable after training, so one instance serves all threads.
 */
public final class TrainedHeadlineModel implements HeadlineClassifier {

    static final long SEED = 42L;
    static final int EPOCHS = 10;
    static final double LEARNING_RATE = 0.5;
    static final double ADAGRAD_EPSILON = 0.1;
    private static final int LOG_EVERY_EXAMPLES = 1_000_000;

    private static final LabelFactory LABELS = new LabelFactory();
    private static final Object LOCK = new Object();
    private static volatile TrainedHeadlineModel shared;

    private final Model<Label> model;

    private TrainedHeadlineModel(Model<Label> model) {
        this.model = model;
    }

    /** The model trained on the shipped training split, trained on the first call in this JVM. */
    public static TrainedHeadlineModel shared() {
        TrainedHeadlineModel result = shared;
        if (result == null) {
            synchronized (LOCK) {
                result = shared;
                if (result == null) {
                    result = train(LabelledHeadlines.trainingSplit());
                    shared = result;
                }
            }
        }
        return result;
    }

    /** A model trained on {@code rows}; the same rows in the same order give the same model. */
    public static TrainedHeadlineModel train(List<LabelledHeadline> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Cannot train the headline model on no rows");
        }
        var dataset = new MutableDataset<Label>(new SimpleDataSourceProvenance("labelled headlines", LABELS), LABELS);
        for (LabelledHeadline row : rows) {
            dataset.add(example(row.text(), new Label(row.label().label())));
        }
        var trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGrad(LEARNING_RATE, ADAGRAD_EPSILON), EPOCHS, LOG_EVERY_EXAMPLES, 1, SEED);
        return new TrainedHeadlineModel(trainer.train(dataset));
    }

    @Override
    public HeadlineSentiment classify(String headline) {
        return LabelPredictions.sentiment(model.predict(example(headline, LabelFactory.UNKNOWN_LABEL)));
    }

    private static ArrayExample<Label> example(String text, Label label) {
        SortedMap<String, Double> features = HeadlineFeatures.of(text);
        String[] names = features.keySet().toArray(String[]::new);
        double[] values = features.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new ArrayExample<>(label, names, values);
    }
}
