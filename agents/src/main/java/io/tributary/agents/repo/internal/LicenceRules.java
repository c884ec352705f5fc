package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.internal.LicenceInventory.Declared;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges a repository's licence statements for a release: code without a licence cannot be
 * reused, statements that disagree leave users unsure which terms apply, a licence named in a
 * manifest without its text breaks most licences' notice condition, and copyleft terms bind
 * whoever ships the code.
 */
public final class LicenceRules {

    private static final ReadinessArea AREA = ReadinessArea.LICENCES;

    private LicenceRules() {
    }

    /** The findings on {@code inventory}. */
    public static List<Finding> judge(LicenceInventory inventory) {
        List<Finding> findings = new ArrayList<>();
        List<Declared> all = new ArrayList<>(inventory.files());
        all.addAll(inventory.manifests());
        if (all.isEmpty()) {
            findings.add(AREA.finding("missing", "missing", "No licence: the repository has no LICENSE or COPYING"
                    + " file and its manifests declare none, so others may not use or redistribute the code",
                    Polarity.NEGATIVE, Severity.HIGH, 0.9, List.of(new Evidence(".", "root folder", "")), Map.of()));
        } else {
            consistency(inventory, findings);
        }
        for (Declared file : inventory.files()) {
            if (file.ids().isEmpty()) {
                findings.add(AREA.finding("unidentified:" + file.file(), "unidentified", file.file()
                        + " is not a licence text this review recognises; read it to learn the terms",
                        Polarity.NEGATIVE, Severity.MEDIUM, 0.7, List.of(evidence(file)), Map.of()));
            }
        }
        copyleft(inventory, findings);
        findings.add(headers(inventory));
        return findings;
    }

    private static void consistency(LicenceInventory inventory, List<Finding> findings) {
        Set<String> fromFiles = ids(inventory.files());
        Set<String> fromManifests = ids(inventory.manifests());
        List<Evidence> evidence = evidence(inventory);
        if (fromManifests.contains(LicenceTexts.UNLICENSED)) {
            findings.add(AREA.finding("proprietary", "proprietary", "The manifest declares the code UNLICENSED: "
                    + "it is not licensed for others to use", Polarity.NEGATIVE, Severity.HIGH, 0.9, evidence, Map.of()));
        } else if (!fromFiles.isEmpty() && !fromManifests.isEmpty() && Collections.disjoint(fromFiles, fromManifests)
                || distinctManifests(inventory) > 1) {
            findings.add(AREA.finding("conflict", "conflict", "Licence statements disagree: the licence files say "
                    + names(fromFiles) + ", the manifests say " + names(fromManifests), Polarity.NEGATIVE,
                    Severity.HIGH, 0.85, evidence, Map.of("files", names(fromFiles), "manifests", names(fromManifests))));
        } else if (inventory.files().isEmpty()) {
            findings.add(AREA.finding("no-text", "no-text", "The manifest declares " + names(fromManifests)
                    + " but the repository ships no licence text, which most licences require with every copy",
                    Polarity.NEGATIVE, Severity.MEDIUM, 0.8, evidence, Map.of("licences", names(fromManifests))));
        } else {
            declared(inventory, fromFiles, fromManifests, evidence, findings);
        }
    }

    private static void declared(LicenceInventory inventory, Set<String> fromFiles, Set<String> fromManifests,
            List<Evidence> evidence, List<Finding> findings) {
        Set<String> ids = new TreeSet<>(fromFiles);
        ids.addAll(fromManifests);
        String claim = fromFiles.isEmpty()
                ? "The manifests declare " + names(ids) + "; the licence file is not a text this review recognises"
                : "Licensed under " + names(ids) + ": " + statedBy(inventory) + (inventory.files().size()
                        + inventory.manifests().size() > 1 ? " agree" : "");
        findings.add(AREA.finding("declared", "declared", claim, Polarity.POSITIVE, Severity.LOW,
                fromFiles.isEmpty() ? 0.6 : 0.9, evidence, Map.of("licences", names(ids))));
        List<String> silent = inventory.manifestFiles().stream()
                .filter(file -> inventory.manifests().stream().noneMatch(m -> m.file().equals(file))).toList();
        if (!silent.isEmpty()) {
            findings.add(AREA.finding("manifest-field", "manifest-field", String.join(", ", silent) + " declares no "
                    + "licence, so package registries list the package as unlicensed", Polarity.NEGATIVE, Severity.LOW,
                    0.8, silent.stream().map(f -> new Evidence(f, "license", "")).toList(), Map.of()));
        }
    }

    private static void copyleft(LicenceInventory inventory, List<Finding> findings) {
        Set<String> copyleft = inventory.allIds().stream().filter(LicenceTexts.COPYLEFT::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!copyleft.isEmpty()) {
            findings.add(AREA.finding("copyleft", "copyleft", names(copyleft) + " is a copyleft licence: whoever "
                    + "distributes the code, or work built on it, must pass the same terms on", Polarity.NEUTRAL,
                    Severity.MEDIUM, 0.85, evidence(inventory), Map.of("licences", names(copyleft))));
        }
    }

    private static Finding headers(LicenceInventory inventory) {
        Map<String, List<String>> headers = inventory.headers();
        int carrying = (int) headers.values().stream().flatMap(List::stream).distinct().count();
        Map<String, String> counts = Map.of("sourceFiles", Integer.toString(inventory.sourceFiles()),
                "withHeader", Integer.toString(carrying));
        if (headers.isEmpty()) {
            return AREA.finding("headers", "headers", "None of the " + inventory.sourceFiles() + " source files "
                    + "carries an SPDX-License-Identifier header; the licence rests on the licence file and manifest",
                    Polarity.NEUTRAL, Severity.LOW, 0.9, evidence(inventory), counts);
        }
        Set<String> declared = inventory.allIds();
        List<String> foreign = headers.keySet().stream().filter(id -> !declared.contains(id)).toList();
        List<Evidence> evidence = headers.entrySet().stream().flatMap(e -> e.getValue().stream().limit(5)
                .map(file -> new Evidence(file, "SPDX-License-Identifier", e.getKey()))).toList();
        if (!foreign.isEmpty()) {
            return AREA.finding("headers", "header-mismatch", "Source file headers name " + String.join(", ", foreign)
                    + ", which the licence files and manifests do not declare", Polarity.NEGATIVE, Severity.MEDIUM,
                    0.8, evidence, counts);
        }
        return AREA.finding("headers", "headers", carrying + " of " + inventory.sourceFiles() + " source files carry an "
                + "SPDX-License-Identifier header naming the declared licence", Polarity.POSITIVE, Severity.LOW, 0.9,
                evidence, counts);
    }

    private static String statedBy(LicenceInventory inventory) {
        List<String> files = new ArrayList<>();
        inventory.files().forEach(f -> files.add(f.file()));
        inventory.manifests().stream().map(Declared::file).distinct().forEach(files::add);
        return String.join(" and ", files);
    }

    private static long distinctManifests(LicenceInventory inventory) {
        return inventory.manifests().stream().map(Declared::ids).filter(ids -> !ids.isEmpty()).distinct().count();
    }

    private static Set<String> ids(List<Declared> declared) {
        return declared.stream().flatMap(d -> d.ids().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String names(Set<String> ids) {
        return ids.isEmpty() ? "nothing recognisable" : String.join(" and ", ids);
    }

    private static List<Evidence> evidence(LicenceInventory inventory) {
        List<Evidence> evidence = new ArrayList<>();
        inventory.files().forEach(f -> evidence.add(evidence(f)));
        inventory.manifests().forEach(m -> evidence.add(evidence(m)));
        return evidence.isEmpty() ? List.of(new Evidence(".", "root folder", "")) : evidence;
    }

    private static Evidence evidence(Declared declared) {
        return new Evidence(declared.file(), declared.locator(), declared.quote());
    }
}
