package io.tributary.core.bootstrap.internal;

import java.util.regex.Pattern;

/** JDBC URLs and messages made safe to print: no password, whichever way it was written. */
public final class JdbcUrls {

    /** {@code password=...} in a query string ({@code ?}, {@code &}) or an H2 setting ({@code ;}). */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;](?:password|pwd)=)([^&;]*)");
    /** {@code //user:secret@host}. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]*:)([^/@]*)@");
    static final String MASK = "****";

    private JdbcUrls() {
    }

    /** The URL with every password in it replaced by {@value #MASK}. */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String noParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO.matcher(noParameter).replaceAll("$1" + MASK + "@");
    }

    /** {@code text} with {@code password} and every password written inside {@code url} masked. */
    public static String scrub(String text, String url, String password) {
        if (text == null) {
            return null;
        }
        java.util.List<String> secrets = new java.util.ArrayList<>();
        if (password != null && !password.isEmpty()) {
            secrets.add(password);
        }
        if (url != null) {
            PASSWORD_PARAMETER.matcher(url).results().map(m -> m.group(2)).forEach(secrets::add);
            USER_INFO.matcher(url).results().map(m -> m.group(2)).forEach(secrets::add);
        }
        String scrubbed = text;
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                scrubbed = scrubbed.replace(secret, MASK);
            }
        }
        return scrubbed;
    }
}
