package io.tributary.core.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tributary.api.TributaryException;
import io.tributary.api.agent.SourceProblem;
import io.tributary.core.store.ItemRecord;
import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.FindingGroup;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Column encodings: attribute maps and finding groups as JSON, caveats and name lists as comma lists, bounded text. */
final class Codec {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Codec() {
    }

    static String attributes(Map<String, String> attributes) {
        return json(new TreeMap<>(attributes));
    }

    static Map<String, String> attributes(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new TributaryException("Stored attributes are not valid JSON: " + e.getMessage(), e);
        }
    }

    static String groups(List<FindingGroup> groups) {
        return json(groups);
    }

    static List<FindingGroup> groups(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<FindingGroup>>() { });
        } catch (JsonProcessingException e) {
            throw new TributaryException("Stored finding groups are not valid JSON: " + e.getMessage(), e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new TributaryException("Cannot encode " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String caveats(Set<Caveat> caveats) {
        return caveats.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Caveat> caveats(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        EnumSet<Caveat> set = EnumSet.noneOf(Caveat.class);
        Arrays.stream(text.split(",")).map(String::trim).map(Caveat::valueOf).forEach(set::add);
        return set;
    }

    static String names(List<String> names) {
        return String.join(",", names);
    }

    static List<String> names(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Source problems as "file: problem" lines within {@code max} characters; the problems that
     * do not fit are counted on a last line, so the count is never lost.
     */
    static String problems(List<SourceProblem> problems, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < problems.size(); i++) {
            String line = (text.length() == 0 ? "" : "\n") + problems.get(i).file() + ": " + problems.get(i).problem();
            String rest = "\n" + MORE_PROBLEMS + ": " + (problems.size() - i) + " more";
            if (text.length() + line.length() + rest.length() > max) {
                return text.append(text.length() == 0 ? rest.substring(1) : rest).toString();
            }
            text.append(line);
        }
        return text.toString();
    }

    /** The problems of {@link #problems(List, int)}'s text. */
    static List<SourceProblem> problems(String text) {
        return ItemRecord.problems(text);
    }

    /** The size of the outcome's problems column. */
    static final int PROBLEMS_COLUMN = 16000;

    /** The file name of the line that counts the problems that did not fit. */
    static final String MORE_PROBLEMS = "(not listed)";

    /** Cuts text to fit a column, marking the cut. */
    static String bounded(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /**
     * An instant as a {@code timestamp(6)} column keeps it: to the microsecond, so that what a
     * writer holds of a row it stored is what a read of the row returns (a database rounds the
     * nanoseconds it is given; cut here, there is nothing left to round).
     */
    static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}
