package io.tributary.agents.repo.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.VersionRange;
import org.semver4j.RangesList;
import org.semver4j.RangesListFactory;
import org.semver4j.Semver;

/**
 * How tightly a declared dependency's version is held: npm specifications are read with semver4j
 * (the npm range grammar: {@code ^}, {@code ~}, x-ranges, hyphen ranges, unions), Maven versions
 * with Maven's own version-range reader.
 */
public enum Constraint {
    /** Exactly one version. */
    PINNED("pinned to one version"),
    /** A range with an upper bound: compatible updates only. */
    BOUNDED("a bounded range"),
    /** Any future version, including breaking ones ({@code *}, {@code latest}, {@code >=1.0}, {@code [1.0,)}). */
    UNBOUNDED("unbounded"),
    /** No version here: it comes from a parent POM or a BOM. */
    MANAGED("managed elsewhere"),
    /** A Maven snapshot: a moving development build. */
    SNAPSHOT("a snapshot build"),
    /** Not from a registry: a git URL, a tarball URL, a local path or a workspace link. */
    NON_REGISTRY("not from a registry"),
    /** Not a version specification the package manager accepts. */
    INVALID("not a valid version specification");

    /** A version far above anything published: a range that admits it admits every future major version. */
    private static final Semver FAR_FUTURE = Semver.parse("99999.0.0");
    private static final Pattern NON_REGISTRY_NPM = Pattern.compile(
            "^(git\\+|git:|https?:|file:|link:|github:|gitlab:|bitbucket:|workspace:|portal:|\\.{0,2}/)"
                    + "|^[\\w.-]+/[\\w.-]+(#.*)?$");
    private static final Pattern DIST_TAG = Pattern.compile("^[a-zA-Z][a-zA-Z_-]*$");

    private final String words;

    Constraint(String words) {
        this.words = words;
    }

    /** How reports say it. */
    public String words() {
        return words;
    }

    /** The constraint of an npm version specification ({@code ^1.2.3}, {@code =8.8.0}, {@code git+https://...}). */
    public static Constraint ofNpm(String specification) {
        String spec = specification.strip();
        if (spec.startsWith("npm:")) {
            int at = spec.lastIndexOf('@');
            spec = at > "npm:".length() ? spec.substring(at + 1) : "";
        }
        if (NON_REGISTRY_NPM.matcher(spec).find()) {
            return NON_REGISTRY;
        }
        if (spec.isEmpty() || spec.equals("*") || spec.equalsIgnoreCase("x") || DIST_TAG.matcher(spec).matches()) {
            return UNBOUNDED;
        }
        if (Semver.parse(spec.replaceFirst("^=?v?", "")) != null) {
            return PINNED;
        }
        try {
            RangesList ranges = RangesListFactory.create(spec);
            if (ranges.get().isEmpty()) {
                return INVALID;
            }
            return ranges.isSatisfiedBy(FAR_FUTURE) ? UNBOUNDED : BOUNDED;
        } catch (IllegalArgumentException e) {
            return INVALID;
        }
    }

    /** The constraint of a Maven version ({@code 1.2}, {@code [1.0,2.0)}, {@code 1.0-SNAPSHOT}, empty). */
    public static Constraint ofMaven(String version) {
        String spec = version.strip();
        if (spec.isEmpty() || spec.contains("${")) {
            return MANAGED;
        }
        String upper = spec.toUpperCase(Locale.ROOT);
        if (upper.equals("LATEST") || upper.equals("RELEASE")) {
            return UNBOUNDED;
        }
        if (upper.endsWith("-SNAPSHOT")) {
            return SNAPSHOT;
        }
        try {
            VersionRange range = VersionRange.createFromVersionSpec(spec);
            if (range.getRecommendedVersion() != null) {
                return PINNED;
            }
            return range.getRestrictions().stream().anyMatch(r -> r.getUpperBound() == null) ? UNBOUNDED : BOUNDED;
        } catch (InvalidVersionSpecificationException e) {
            return INVALID;
        }
    }
}
