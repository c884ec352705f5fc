package io.tributary.agents.press.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The VADER lexicon: token to mean human valence rating (-4 to +4). Immutable once loaded, so
 * one instance serves every thread.
 */
public final class VaderLexicon {

    /** The lexicon file shipped with the agent, on the class path next to this class. */
    public static final String RESOURCE = "vader/vader_lexicon.txt";

    private static final Object LOCK = new Object();
    private static volatile VaderLexicon shipped;

    private final Map<String, Double> valences;

    private VaderLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /** The shipped lexicon, loaded on the first call in this JVM. */
    public static VaderLexicon shipped() {
        VaderLexicon result = shipped;
        if (result == null) {
            synchronized (LOCK) {
                result = shipped;
                if (result == null) {
                    result = load();
                    shipped = result;
                }
            }
        }
        return result;
    }

    /** A lexicon of the given entries (lower-case tokens), for tests and custom lexicons. */
    public static VaderLexicon of(Map<String, Double> valences) {
        return new VaderLexicon(valences);
    }

    /** The valence of a lower-case token, if the lexicon rates it. */
    public OptionalDouble valence(String lowerCaseToken) {
        Double v = valences.get(lowerCaseToken);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** True when the lexicon rates the lower-case token. */
    public boolean contains(String lowerCaseToken) {
        return valences.containsKey(lowerCaseToken);
    }

    /** The number of rated tokens. */
    public int size() {
        return valences.size();
    }

    private static VaderLexicon load() {
        try (InputStream in = VaderLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Lexicon " + RESOURCE + " is missing from the class path");
            }
            return new VaderLexicon(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + RESOURCE, e);
        }
    }

    private static Map<String, Double> parse(BufferedReader lines) throws IOException {
        Map<String, Double> valences = new HashMap<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2) {
                throw new IOException(RESOURCE + " line " + number + " has no tab-separated valence");
            }
            try {
                valences.put(columns[0].trim(), Double.parseDouble(columns[1].trim()));
            } catch (NumberFormatException e) {
                throw new IOException(RESOURCE + " line " + number + " has valence '" + columns[1] + "'", e);
            }
        }
        return valences;
    }
}
