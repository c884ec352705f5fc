package io.tributary.api.finding;

import java.util.regex.Pattern;

/**
 * A name findings are grouped under in synthesis and reports, with its title. A job chooses its
 * own groups (for example the dimensions of an assessment, or the checks of a release review).
 *
 * @param name  a simple identifier: a letter, then letters, digits, {@code _}, {@code -} or
 *              {@code .}, at most {@value #MAX_NAME} characters
 * @param title a human-readable title; the name when blank
 */
public record FindingGroup(String name, String title) {

    /** The longest group name the store keeps. */
    public static final int MAX_NAME = 100;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    public FindingGroup {
        requireName(name);
        title = title == null || title.isBlank() ? name : title.strip();
    }

    /** A group whose title is its name. */
    public static FindingGroup of(String name) {
        return new FindingGroup(name, name);
    }

    /**
     * {@code name} if it is a valid group name.
     *
     * @throws IllegalArgumentException naming the value and the rule otherwise
     */
    public static String requireName(String name) {
        if (name == null || name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Finding group '" + name + "' is not a simple identifier (a letter,"
                    + " then letters, digits, '_', '-' or '.', at most " + MAX_NAME + " characters)");
        }
        return name;
    }
}
