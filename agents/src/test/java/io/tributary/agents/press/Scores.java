package io.tributary.agents.press;

import io.tributary.agents.press.internal.LabelledHeadline;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Accuracy and macro-averaged F1 of one way of labelling headlines against the human labels. */
record Scores(String name, int rows, double accuracy, double macroF1, double[] classF1) {

    static Scores of(String name, List<LabelledHeadline> gold, Function<String, Sentiment> predict) {
        int classes = Sentiment.values().length;
        int[][] confusion = new int[classes][classes];
        for (LabelledHeadline row : gold) {
            confusion[row.label().ordinal()][predict.apply(row.text()).ordinal()]++;
        }
        int correct = 0;
        double f1Sum = 0;
        double[] classF1 = new double[classes];
        for (int c = 0; c < classes; c++) {
            int truePositive = confusion[c][c];
            int falsePositive = 0;
            int falseNegative = 0;
            for (int other = 0; other < classes; other++) {
                if (other != c) {
                    falsePositive += confusion[other][c];
                    falseNegative += confusion[c][other];
                }
            }
            correct += truePositive;
            classF1[c] = truePositive == 0 ? 0.0 : 2.0 * truePositive / (2.0 * truePositive + falsePositive + falseNegative);
            f1Sum += classF1[c];
        }
        return new Scores(name, gold.size(), correct / (double) gold.size(), f1Sum / classes, classF1);
    }

    /** F1 of one class. */
    double f1(Sentiment sentiment) {
        return classF1[sentiment.ordinal()];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-38s rows=%d accuracy=%.4f macroF1=%.4f F1 bearish=%.4f bullish=%.4f"
                + " neutral=%.4f", name, rows, accuracy, macroF1, f1(Sentiment.BEARISH), f1(Sentiment.BULLISH),
                f1(Sentiment.NEUTRAL));
    }
}
