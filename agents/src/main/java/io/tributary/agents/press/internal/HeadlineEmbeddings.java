package io.tributary.agents.press.internal;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * Turns a headline into the 384 features of the embeddings press model: the sentence embedding of
 * all-MiniLM-L6-v2 (ONNX, run in process from the model that ships inside its Maven artefact, no
 * network), mean-pooled and normalised to unit length. Links are removed first: the dataset is full
 * of them and they carry no sentiment. Training and prediction must use exactly this
 * featurisation. Thread-safe (the ONNX session is).
 */
public final class HeadlineEmbeddings {

    /** Size of one embedding. */
    public static final int DIMENSIONS = 384;
    /** Headlines embedded per call when embedding many. */
    static final int BATCH = 256;

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final String[] NAMES = featureNames();
    private static final Object LOCK = new Object();
    private static volatile HeadlineEmbeddings shared;

    private final EmbeddingModel model;

    HeadlineEmbeddings(EmbeddingModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The shipped all-MiniLM-L6-v2 model, loaded on the first call in this JVM (about 90 MB). */
    public static HeadlineEmbeddings shared() {
        HeadlineEmbeddings result = shared;
        if (result == null) {
            synchronized (LOCK) {
                result = shared;
                if (result == null) {
                    result = new HeadlineEmbeddings(new AllMiniLmL6V2EmbeddingModel());
                    shared = result;
                }
            }
        }
        return result;
    }

    /** The text the model reads, or empty when the headline has no words once links are removed. */
    static Optional<String> text(String headline) {
        String text = LINK.matcher(headline == null ? "" : headline).replaceAll(" ").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The embedding of one headline that has text (see {@link #text}). */
    float[] vector(String text) {
        float[] vector = model.embed(text).content().vector();
        return checked(vector, text);
    }

    /** The embeddings of many texts, in order; faster than one by one. */
    List<float[]> vectors(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(TextSegment::from).toList();
            List<Embedding> embedded = model.embedAll(batch).content();
            for (int i = 0; i < embedded.size(); i++) {
                vectors.add(checked(embedded.get(i).vector(), batch.get(i).text()));
            }
        }
        return vectors;
    }

    /** A Tribuo example of one embedding with the feature names training and prediction share. */
    static ArrayExample<Label> example(float[] vector, Label label) {
        double[] values = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            values[i] = vector[i];
        }
        return new ArrayExample<>(label, NAMES, values);
    }

    private static float[] checked(float[] vector, String text) {
        if (vector.length != DIMENSIONS) {
            throw new IllegalStateException("The embedding model gave " + vector.length + " dimensions for '" + text
                    + "', expected " + DIMENSIONS);
        }
        return vector;
    }

    private static String[] featureNames() {
        String[] names = new String[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            names[i] = String.format(Locale.ROOT, "e%03d", i);
        }
        return names;
    }
}
