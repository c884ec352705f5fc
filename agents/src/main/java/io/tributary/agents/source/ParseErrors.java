package io.tributary.agents.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.xml.sax.SAXParseException;

/**
 * Parser failures in words that name the place in the file but never quote it. Parsers put
 * what they choked on into their messages ("Unrecognized token 'root'"), and a dossier file's
 * content must not reach a report, a log or the launcher's output through an error message.
 * Only messages about the parser's own limits (nesting depth, number length), which quote
 * nothing, are passed on.
 */
public final class ParseErrors {

    private ParseErrors() {
    }

    /** Why a file is not valid JSON: where, and a limit it broke if that was the reason. */
    public static String json(JsonProcessingException e) {
        return "is not valid JSON" + where(e.getLocation()) + limit(e);
    }

    /** Why a file is not valid CSV: where, and what to look for. */
    public static String csv(JsonProcessingException e) {
        return "is not valid CSV" + where(e.getLocation()) + limit(e)
                + " (look for a quote that is not closed or a stray quote inside a field)";
    }

    /** Why a file is not well-formed XML: where. */
    public static String xml(SAXParseException e) {
        return "is not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber();
    }

    private static String limit(JsonProcessingException e) {
        return e instanceof StreamConstraintsException ? ": " + e.getOriginalMessage() : "";
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
