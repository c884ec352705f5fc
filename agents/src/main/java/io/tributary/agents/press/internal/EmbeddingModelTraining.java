package io.tributary.agents.press.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Writes {@value EmbeddingHeadlineModel#SHIPPED_MODEL}: embeds the shipped training split and
 * trains the regression on it. The result depends only on the training split, the embedding model
 * and the fixed seed, so running it again gives the same file. How to run it is in the PROVENANCE.md
 * beside the model file.
 */
public final class EmbeddingModelTraining {

    private EmbeddingModelTraining() {
    }

    /** {@code args[0]}: the file to write (its folder must exist). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: EmbeddingModelTraining <output .tribuo file>");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        if (output.getParent() != null && !Files.isDirectory(output.getParent())) {
            System.err.println("Folder " + output.getParent() + " does not exist");
            System.exit(2);
        }
        long started = System.nanoTime();
        List<LabelledHeadline> rows = LabelledHeadlines.trainingSplit();
        EmbeddingHeadlineModel model = EmbeddingHeadlineModel.train(rows, HeadlineEmbeddings.shared());
        model.regression().serializeToFile(output);
        System.out.printf("trained on %d rows in %s, wrote %s (%d bytes)%n", rows.size(),
                Duration.ofNanos(System.nanoTime() - started).withNanos(0), output, Files.size(output));
    }
}
