package io.tributary.agents.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the model's answer: one JSON object with a {@code findings} array whose items
 * have a topic of the role's area, a claim, a polarity, a severity, a confidence from 0 to 1 and
 * evidence items with file, locator and quote. Anything else is malformed output, which asking
 * again with the same input would likely reproduce, so it is an {@link AnswerException}, never a
 * partial result. A single fenced code block around the object is tolerated.
 */
public final class AnswerParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FENCED = Pattern.compile("(?s)^\\s*```[a-zA-Z]*\\s*(.*?)\\s*```\\s*$");

    /** The answer is not the JSON asked for; the message says where. */
    public static final class AnswerException extends Exception {
        private static final long serialVersionUID = 1L;

        AnswerException(String message) {
            super(message);
        }

        AnswerException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private AnswerParser() {
    }

    /** The findings of an answer. */
    public static List<ModelFinding> parse(String answer, AgentRole role) throws AnswerException {
        if (answer == null || answer.isBlank()) {
            throw new AnswerException("the answer is empty");
        }
        Matcher fenced = FENCED.matcher(answer);
        String json = fenced.matches() ? fenced.group(1) : answer.trim();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AnswerException("the answer is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new AnswerException("the answer is not a JSON object with a findings array");
        }
        List<ModelFinding> findings = new ArrayList<>();
        JsonNode items = root.get("findings");
        for (int i = 0; i < items.size(); i++) {
            findings.add(finding(items.get(i), "findings[" + i + "]", role));
        }
        return findings;
    }

    private static ModelFinding finding(JsonNode item, String where, AgentRole role) throws AnswerException {
        if (!item.isObject()) {
            throw new AnswerException(where + " is not an object");
        }
        String topic = text(item, "topic", where);
        if (!role.ownsTopic(topic)) {
            throw new AnswerException(where + ".topic '" + topic + "' is not a " + role.roleName() + " topic such as "
                    + role.topics().get(0));
        }
        String claim = text(item, "claim", where);
        Polarity polarity = constant(Polarity.class, item, "polarity", where);
        Severity severity = constant(Severity.class, item, "severity", where);
        JsonNode confidence = item.path("confidence");
        if (!confidence.isNumber() || confidence.asDouble() < 0.0 || confidence.asDouble() > 1.0) {
            throw new AnswerException(where + ".confidence must be a number from 0 to 1, was " + confidence);
        }
        JsonNode evidence = item.path("evidence");
        if (!evidence.isMissingNode() && !evidence.isNull() && !evidence.isArray()) {
            throw new AnswerException(where + ".evidence is not an array");
        }
        List<ModelFinding.Cited> cited = new ArrayList<>();
        for (int j = 0; j < evidence.size(); j++) {
            JsonNode e = evidence.get(j);
            String at = where + ".evidence[" + j + "]";
            if (!e.isObject()) {
                throw new AnswerException(at + " is not an object");
            }
            cited.add(new ModelFinding.Cited(text(e, "file", at), optionalText(e, "locator"), optionalText(e, "quote")));
        }
        return new ModelFinding(topic, claim, polarity, severity, confidence.asDouble(), cited);
    }

    private static String text(JsonNode node, String field, String where) throws AnswerException {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new AnswerException(where + "." + field + " must be a non-empty string");
        }
        return value.asText().trim();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String field, String where)
            throws AnswerException {
        String value = text(node, field, where);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AnswerException(where + "." + field + " '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }
}
