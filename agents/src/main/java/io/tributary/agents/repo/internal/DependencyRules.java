package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.internal.DependencyInventory.Declared;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges declared dependencies for a release: what a user installs must be reproducible, so a
 * release should not pull an unbounded range (any future major version), a snapshot build, or
 * code from outside a registry; one dependency declared twice leaves it to the tool which
 * declaration wins. Build and test dependencies weigh less than what users receive.
 */
public final class DependencyRules {

    /** Evidence entries listed per finding; the attributes still count every declaration. */
    static final int MAX_EVIDENCE = 10;

    private static final ReadinessArea AREA = ReadinessArea.DEPENDENCIES;
    /** npm sections where declaring the same package in both is the usual practice. */
    private static final Set<Set<String>> USUAL_PAIRS = Set.of(Set.of("peerDependencies", "devDependencies"));

    private DependencyRules() {
    }

    /** The findings on {@code inventory}. */
    public static List<Finding> judge(DependencyInventory inventory) {
        List<Finding> findings = new ArrayList<>();
        findings.add(declared(inventory));
        risk(inventory, Constraint.UNBOUNDED, "unbounded", "allow any future version, breaking ones included",
                Severity.MEDIUM, findings);
        risk(inventory, Constraint.SNAPSHOT, "snapshot", "depend on snapshot builds, which change under the same "
                + "version", Severity.HIGH, findings);
        risk(inventory, Constraint.NON_REGISTRY, "non-registry", "install from outside a registry (git, URL or "
                + "local path), which a user's install may not reproduce", Severity.MEDIUM, findings);
        risk(inventory, Constraint.INVALID, "invalid", "have a version specification the package manager rejects",
                Severity.HIGH, findings);
        duplicates(inventory).ifPresent(findings::add);
        return findings;
    }

    private static Finding declared(DependencyInventory inventory) {
        List<Declared> all = inventory.dependencies();
        long runtime = all.stream().filter(Declared::runtime).count();
        Map<Constraint, Long> counts = all.stream().collect(Collectors.groupingBy(Declared::constraint,
                () -> new EnumMap<>(Constraint.class), Collectors.counting()));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("declared", Integer.toString(all.size()));
        attributes.put("runtime", Long.toString(runtime));
        counts.forEach((c, n) -> attributes.put(c.name().toLowerCase(Locale.ROOT), Long.toString(n)));
        String split = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().words())
                .collect(Collectors.joining(", "));
        String declare = String.join(" and ", inventory.manifests())
                + (inventory.manifests().size() == 1 ? " declares " : " declare ");
        String claim = all.isEmpty() ? declare + "no dependencies"
                : declare + all.size() + " dependencies ("
                        + runtime + " for users, " + (all.size() - runtime) + " for development): " + split;
        boolean clean = counts.keySet().stream().allMatch(c -> c == Constraint.PINNED || c == Constraint.BOUNDED
                || c == Constraint.MANAGED);
        List<Evidence> evidence = all.isEmpty()
                ? inventory.manifests().stream().map(m -> new Evidence(m, "dependencies", "")).toList()
                : evidence(all);
        return AREA.finding("declared", "declared", claim, clean ? Polarity.POSITIVE : Polarity.NEUTRAL, Severity.LOW,
                0.95, evidence, attributes);
    }

    private static void risk(DependencyInventory inventory, Constraint constraint, String subject, String what,
            Severity severity, List<Finding> findings) {
        List<Declared> hit = inventory.with(constraint);
        if (hit.isEmpty()) {
            return;
        }
        List<Declared> runtime = hit.stream().filter(Declared::runtime).toList();
        Severity judged = runtime.isEmpty() ? Severity.LOW : severity;
        String names = hit.stream().map(d -> d.name() + " " + quoted(d.spec())).collect(Collectors.joining(", "));
        String claim = hit.size() + " dependencies " + what + ": " + names
                + (runtime.isEmpty() ? " (development only)" : " (" + runtime.size() + " reach users)");
        findings.add(AREA.finding(subject, subject, claim, Polarity.NEGATIVE, judged, 0.9, evidence(hit),
                Map.of("count", Integer.toString(hit.size()), "runtime", Integer.toString(runtime.size()))));
    }

    private static Optional<Finding> duplicates(DependencyInventory inventory) {
        Map<String, List<Declared>> byName = inventory.dependencies().stream()
                .collect(Collectors.groupingBy(d -> d.manifest() + " " + d.name(), LinkedHashMap::new, Collectors.toList()));
        List<List<Declared>> twice = byName.values().stream().filter(list -> list.size() > 1)
                .filter(list -> !USUAL_PAIRS.contains(list.stream().map(Declared::section).collect(Collectors.toSet())))
                .toList();
        if (twice.isEmpty()) {
            return Optional.empty();
        }
        String names = twice.stream().map(list -> list.get(0).name() + " (" + list.stream()
                .map(d -> d.section() + " " + quoted(d.spec())).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
        boolean differ = twice.stream().anyMatch(list -> list.stream().map(Declared::spec).distinct().count() > 1);
        return Optional.of(AREA.finding("duplicate", "duplicate", twice.size()
                + " dependencies are declared more than once: " + names, Polarity.NEGATIVE,
                differ ? Severity.MEDIUM : Severity.LOW, 0.9, evidence(twice.stream().flatMap(List::stream).toList()),
                Map.of("count", Integer.toString(twice.size()))));
    }

    private static List<Evidence> evidence(List<Declared> declared) {
        return declared.stream().limit(MAX_EVIDENCE)
                .map(d -> new Evidence(d.manifest(), d.section() + "." + d.name(), d.spec())).toList();
    }

    private static String quoted(String spec) {
        return spec.isEmpty() ? "(no version)" : "\"" + spec + "\"";
    }
}
