package io.tributary.agents.llm.internal;

import io.tributary.api.finding.Caveat;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the model's stated findings into {@link Finding}s: evidence paths made dossier-relative,
 * a key derived from the topic, claim and evidence (so the same answer is stored once), and
 * {@link Caveat#UNVERIFIED} on every finding whose evidence does not check out.
 */
public final class ModelFindings {

    private ModelFindings() {
    }

    /** The findings, in the model's order, each distinct one once. */
    public static List<Finding> of(List<ModelFinding> stated, AgentRole role, String model, EvidenceCheck check) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (ModelFinding finding : stated) {
            Finding converted = convert(finding, role, model, check);
            byKey.putIfAbsent(converted.key(), converted);
        }
        return List.copyOf(byKey.values());
    }

    private static Finding convert(ModelFinding stated, AgentRole role, String model, EvidenceCheck check) {
        List<Evidence> evidence = stated.evidence().stream()
                .map(c -> new Evidence(EvidenceCheck.relative(c.file()), c.locator(), c.quote())).toList();
        Optional<String> problem = check.problem(stated.evidence());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("approach", "llm");
        attributes.put("role", role.roleName());
        attributes.put("model", model);
        attributes.put("verified", Boolean.toString(problem.isEmpty()));
        problem.ifPresent(p -> attributes.put("unverifiedReason", p));
        return new Finding(key(stated, evidence), role.dimension(), stated.topic(), stated.claim(), stated.polarity(),
                stated.severity(), stated.confidence(), evidence, attributes,
                problem.isPresent() ? Set.of(Caveat.UNVERIFIED) : Set.of());
    }

    private static String key(ModelFinding stated, List<Evidence> evidence) {
        StringBuilder content = new StringBuilder(stated.claim());
        evidence.forEach(e -> content.append('\n').append(e.file()).append('\n').append(e.quote()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return "llm:" + stated.topic() + ":" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
