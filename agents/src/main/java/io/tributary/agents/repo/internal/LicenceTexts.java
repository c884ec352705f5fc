package io.tributary.agents.repo.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the common open-source licences by their SPDX identifiers, by the names manifests
 * give them, and by the title or sentences their texts always contain (titles with their version,
 * since the GPL's text names the LGPL and the other way round). A text is recognised only by
 * phrases of its own licence, so an unknown or modified licence stays unidentified rather than
 * being guessed.
 */
public final class LicenceTexts {

    /** Licences whose terms reach code that links with the licensed code (strong or weak copyleft). */
    public static final Set<String> COPYLEFT = Set.of("GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only",
            "GPL-3.0-or-later", "AGPL-3.0-only", "AGPL-3.0-or-later", "LGPL-2.1-only", "LGPL-2.1-or-later",
            "LGPL-3.0-only", "LGPL-3.0-or-later", "MPL-2.0", "EPL-1.0", "EPL-2.0");

    /** The npm manifest value for code not licensed for use by others. */
    public static final String UNLICENSED = "UNLICENSED";

    private static final Map<String, String> IDS = ids();
    private static final List<TextRule> TEXT_RULES = List.of(
            new TextRule("AGPL-3.0-only", "gnu affero general public license version 3"),
            new TextRule("LGPL-3.0-only", "gnu lesser general public license version 3"),
            new TextRule("LGPL-2.1-only", "gnu lesser general public license version 2.1"),
            new TextRule("GPL-3.0-only", "gnu general public license version 3"),
            new TextRule("GPL-2.0-only", "gnu general public license version 2"),
            new TextRule("Apache-2.0", "apache license version 2.0"),
            new TextRule("MPL-2.0", "mozilla public license version 2.0"),
            new TextRule("EPL-2.0", "eclipse public license", "v 2.0"),
            new TextRule("BSL-1.0", "boost software license - version 1.0"),
            new TextRule("Unlicense", "this is free and unencumbered software released into the public domain"),
            new TextRule("CC0-1.0", "cc0 1.0 universal"),
            new TextRule("BSD-3-Clause", "redistribution and use in source and binary forms", "neither the name"),
            new TextRule("BSD-2-Clause", "redistribution and use in source and binary forms"),
            new TextRule("MIT", "permission is hereby granted, free of charge, to any person obtaining a copy"),
            new TextRule("ISC", "permission to use, copy, modify, and", "distribute this software for any purpose"));
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern OPERATORS = Pattern.compile("[()]|\\s+(?i:or|and|with)\\s+");

    private LicenceTexts() {
    }

    /** The licence a licence file's text is, if it is one of the recognised ones. */
    public static Optional<String> identifyText(String text) {
        String plain = SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return TEXT_RULES.stream().filter(rule -> rule.matches(plain)).map(TextRule::id).findFirst();
    }

    /**
     * The SPDX identifiers in a manifest's licence value: an SPDX identifier or expression
     * ({@code MIT}, {@code (MIT OR Apache-2.0)}) or a name such as {@code The Apache Software
     * License, Version 2.0}. Parts that name no known licence are returned as written, so that
     * they still count as declared.
     */
    public static Set<String> identifyDeclared(String declared) {
        String value = declared.strip();
        Optional<String> byName = byName(value);
        if (byName.isPresent()) {
            return Set.of(byName.get());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : OPERATORS.split(value)) {
            String id = part.strip();
            if (!id.isEmpty()) {
                ids.add(byName(id).orElse(id));
            }
        }
        return ids;
    }

    /** True for an identifier {@link #identifyDeclared} recognised as a known licence. */
    public static boolean isKnown(String id) {
        return IDS.containsValue(id);
    }

    private static Optional<String> byName(String name) {
        String key = SPACE.matcher(name.toLowerCase(Locale.ROOT).replace(',', ' ')).replaceAll(" ").strip();
        return Optional.ofNullable(IDS.get(key));
    }

    private static Map<String, String> ids() {
        return Map.ofEntries(
                Map.entry("mit", "MIT"), Map.entry("mit license", "MIT"), Map.entry("the mit license", "MIT"),
                Map.entry("isc", "ISC"), Map.entry("isc license", "ISC"),
                Map.entry("apache-2.0", "Apache-2.0"), Map.entry("apache 2.0", "Apache-2.0"),
                Map.entry("apache license version 2.0", "Apache-2.0"),
                Map.entry("apache license 2.0", "Apache-2.0"),
                Map.entry("the apache software license version 2.0", "Apache-2.0"),
                Map.entry("the apache license version 2.0", "Apache-2.0"),
                Map.entry("bsd-2-clause", "BSD-2-Clause"), Map.entry("bsd-3-clause", "BSD-3-Clause"),
                Map.entry("gpl-2.0", "GPL-2.0-only"), Map.entry("gpl-2.0-only", "GPL-2.0-only"),
                Map.entry("gpl-2.0-or-later", "GPL-2.0-or-later"), Map.entry("gpl-3.0", "GPL-3.0-only"),
                Map.entry("gpl-3.0-only", "GPL-3.0-only"), Map.entry("gpl-3.0-or-later", "GPL-3.0-or-later"),
                Map.entry("agpl-3.0", "AGPL-3.0-only"), Map.entry("agpl-3.0-only", "AGPL-3.0-only"),
                Map.entry("agpl-3.0-or-later", "AGPL-3.0-or-later"), Map.entry("lgpl-2.1", "LGPL-2.1-only"),
                Map.entry("lgpl-2.1-only", "LGPL-2.1-only"), Map.entry("lgpl-2.1-or-later", "LGPL-2.1-or-later"),
                Map.entry("lgpl-3.0", "LGPL-3.0-only"), Map.entry("lgpl-3.0-only", "LGPL-3.0-only"),
                Map.entry("lgpl-3.0-or-later", "LGPL-3.0-or-later"), Map.entry("mpl-2.0", "MPL-2.0"),
                Map.entry("epl-1.0", "EPL-1.0"), Map.entry("epl-2.0", "EPL-2.0"),
                Map.entry("eclipse public license 2.0", "EPL-2.0"),
                Map.entry("eclipse public license - v 2.0", "EPL-2.0"), Map.entry("bsl-1.0", "BSL-1.0"),
                Map.entry("unlicense", "Unlicense"), Map.entry("cc0-1.0", "CC0-1.0"), Map.entry("0bsd", "0BSD"));
    }

    /** A licence recognised when its text holds every one of {@code phrases}. */
    private record TextRule(String id, String... phrases) {
        boolean matches(String plain) {
            for (String phrase : phrases) {
                if (!plain.contains(phrase)) {
                    return false;
                }
            }
            return true;
        }
    }
}
