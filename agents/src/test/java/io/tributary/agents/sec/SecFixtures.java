package io.tributary.agents.sec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Builds small dossiers from test resources, for tests of hostile and hand-made input. */
public final class SecFixtures {

    private SecFixtures() {
    }

    /**
     * A dossier in {@code root} with a target.json and each resource copied to its relative path.
     *
     * @param files dossier path (such as {@code financials/x.json}) to resource path (such as
     *              {@code hostile/x.json}), or to a {@code Path} of a file elsewhere
     */
    public static Path dossier(Path root, Map<String, Object> files) {
        try {
            Files.writeString(root.resolve("target.json"), "{\"name\": \"Fixture Corp\", \"cik\": \"\", \"ticker\": \"\"}");
            for (Map.Entry<String, Object> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                if (file.getValue() instanceof Path source) {
                    Files.copy(source, target);
                } else {
                    Files.write(target, resource(file.getValue().toString()));
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a test resource. */
    public static byte[] resource(String name) {
        try (InputStream in = SecFixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
