package io.tributary.agents.repo.internal;

import io.tributary.agents.repo.Repository;
import io.tributary.agents.source.SourceException;
import io.tributary.api.agent.SourceProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every statement of a licence a repository makes: its licence files, the licence fields of its
 * manifests and the {@code SPDX-License-Identifier} headers of its source files.
 *
 * @param files       licence files at the root ({@code LICENSE}, {@code COPYING}, ...)
 * @param manifests   licence values of {@code package.json} and {@code pom.xml}
 * @param manifestFiles the manifests read, whether or not they declare a licence
 * @param headers     SPDX identifiers found in source file headers, each with the files that carry it
 * @param sourceFiles how many source files were read for headers
 * @param problems    files that could not be read
 */
public record LicenceInventory(List<Declared> files, List<Declared> manifests, List<String> manifestFiles,
        Map<String, List<String>> headers, int sourceFiles, List<SourceProblem> problems) {

    /** Lines at the top of a source file searched for a licence header. */
    static final int HEADER_LINES = 30;

    private static final Pattern LICENCE_FILE = Pattern.compile("(?i)(licen[cs]e|copying|unlicense)([.-].*)?");
    private static final Pattern SPDX = Pattern.compile("SPDX-License-Identifier:\\s*([^*\\r\\n]+?)\\s*(\\*/|-->|$)",
            Pattern.MULTILINE);

    public LicenceInventory {
        files = List.copyOf(files);
        manifests = List.copyOf(manifests);
        manifestFiles = List.copyOf(manifestFiles);
        headers = Map.copyOf(headers);
        problems = List.copyOf(problems);
    }

    /**
     * A licence statement.
     *
     * @param file    where it is, relative to the root
     * @param locator where inside the file
     * @param quote   the value or the first line of the text, as written
     * @param ids     the SPDX identifiers it amounts to; empty when not recognised
     */
    public record Declared(String file, String locator, String quote, Set<String> ids) {
        public Declared {
            ids = Set.copyOf(ids);
        }
    }

    /** Reads every licence statement of {@code repository}, with the manifests already read. */
    public static LicenceInventory read(Repository repository, Manifests manifests, List<Path> sources) {
        List<SourceProblem> problems = new ArrayList<>(manifests.problems());
        List<Declared> files = new ArrayList<>();
        for (Path file : repository.rootFiles()) {
            if (LICENCE_FILE.matcher(file.getFileName().toString()).matches()) {
                try {
                    files.add(licenceFile(repository, file));
                } catch (SourceException e) {
                    problems.add(e.toProblem());
                }
            }
        }
        List<Declared> declared = new ArrayList<>();
        manifests.npm().ifPresent(npm -> npm.licences().forEach(v ->
                declared.add(new Declared(npm.file(), "license", v, LicenceTexts.identifyDeclared(v)))));
        manifests.maven().ifPresent(pom -> pom.licences().forEach(v ->
                declared.add(new Declared(pom.file(), "licenses/license/name", v, LicenceTexts.identifyDeclared(v)))));
        Map<String, List<String>> headers = new TreeMap<>();
        for (Path source : sources) {
            try {
                header(repository.text(source)).forEach(id ->
                        headers.computeIfAbsent(id, k -> new ArrayList<>()).add(repository.relative(source)));
            } catch (SourceException e) {
                problems.add(e.toProblem());
            }
        }
        List<String> manifestFiles = new ArrayList<>();
        manifests.npm().ifPresent(npm -> manifestFiles.add(npm.file()));
        manifests.maven().ifPresent(pom -> manifestFiles.add(pom.file()));
        return new LicenceInventory(files, declared, manifestFiles, headers, sources.size(), problems);
    }

    /** Every licence the manifests declare and the licence files are. */
    public Set<String> allIds() {
        Set<String> ids = new TreeSet<>();
        files.forEach(f -> ids.addAll(f.ids()));
        manifests.forEach(m -> ids.addAll(m.ids()));
        return ids;
    }

    private static Declared licenceFile(Repository repository, Path file) {
        String text = repository.text(file);
        String first = text.strip().lines().findFirst().orElse("");
        if (first.isEmpty()) {
            throw new SourceException(repository.relative(file), "is an empty licence file");
        }
        return new Declared(repository.relative(file), "licence text", first,
                LicenceTexts.identifyText(text).map(Set::of).orElse(Set.of()));
    }

    private static Set<String> header(String text) {
        String top = String.join("\n", text.lines().limit(HEADER_LINES).toList());
        Matcher m = SPDX.matcher(top);
        Set<String> ids = new LinkedHashSet<>();
        while (m.find()) {
            ids.addAll(LicenceTexts.identifyDeclared(m.group(1)));
        }
        return ids;
    }
}
