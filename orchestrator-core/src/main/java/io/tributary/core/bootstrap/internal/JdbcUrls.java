package io.tributary.core.bootstrap.internal;

import java.util.regex.Pattern;

/** JDBC URLs and messages made safe to print: no password, whichever way it was written. */
public final class JdbcUrls {

    /** {@code password=...} in a query string ({@code ?}, {@code &}) or an H2 setting ({@code ;}). */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;](?:password|pwd)=)[^&;]*");
    /** {@code //user:secret@host}. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]*:)[^/@]*@");
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

    /** {@code text} with the password and every URL-borne password masked. */
    public static String scrub(String text, String password) {
        if (text == null) {
            return null;
        }
        String scrubbed = redact(text);
        return password == null || password.isEmpty() ? scrubbed : scrubbed.replace(password, MASK);
    }
}
