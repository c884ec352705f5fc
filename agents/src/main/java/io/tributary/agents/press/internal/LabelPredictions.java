package io.tributary.agents.press.internal;

import io.tributary.agents.press.HeadlineSentiment;
import io.tributary.agents.press.Sentiment;
import java.util.Map;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** How both trained press models read a Tribuo prediction: the best label, P(bullish) - P(bearish), its probability. */
final class LabelPredictions {

    private LabelPredictions() {
    }

    static HeadlineSentiment sentiment(Prediction<Label> prediction) {
        Map<String, Label> scores = prediction.getOutputScores();
        double score = Math.max(-1.0, Math.min(1.0, probability(scores, Sentiment.BULLISH)
                - probability(scores, Sentiment.BEARISH)));
        Label best = prediction.getOutput();
        double confidence = Math.max(0.0, Math.min(1.0, best.getScore()));
        return new HeadlineSentiment(Sentiment.ofLabel(best.getLabel()), score, confidence);
    }

    private static double probability(Map<String, Label> scores, Sentiment sentiment) {
        Label label = scores.get(sentiment.label());
        return label == null ? 0.0 : label.getScore();
    }
}
