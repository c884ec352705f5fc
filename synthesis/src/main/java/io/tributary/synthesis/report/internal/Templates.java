package io.tributary.synthesis.report.internal;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Pebble engines that render the report templates under {@value #PREFIX}: one escaping for
 * HTML, one for Markdown. Both escape every printed value by default and fail on an unknown
 * variable, so a template mistake is an error rather than a silently empty field. The Markdown
 * engine keeps every line break, since they carry meaning in Markdown tables and lists. Engines are
 * thread-safe and cache compiled templates, so one instance serves every report.
 */
public final class Templates {

    /** Where the templates are on the class path. */
    public static final String PREFIX = "io/tributary/synthesis/report";

    private final PebbleEngine html;
    private final PebbleEngine markdown;

    public Templates() {
        this.html = engine().defaultEscapingStrategy("html").newLineTrimming(true).build();
        this.markdown = engine().addEscapingStrategy("markdown", new MarkdownEscaping())
                .defaultEscapingStrategy("markdown").newLineTrimming(false).build();
    }

    /** Renders an HTML template. */
    public String html(String template, Map<String, Object> context) {
        // the template's indentation and blank lines are for its readers, not the page's; the page
        // has no preformatted text, so leading whitespace carries no meaning there
        return BLANK_LINES.matcher(INDENTATION.matcher(render(html, template, context)).replaceAll("")).replaceAll("\n");
    }

    /** Renders a Markdown template. */
    public String markdown(String template, Map<String, Object> context) {
        return render(markdown, template, context);
    }

    private static final Pattern INDENTATION = Pattern.compile("(?m)^[ \\t]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    private static String render(PebbleEngine engine, String template, Map<String, Object> context) {
        var out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render report template " + PREFIX + "/" + template, e);
        }
        return out.toString();
    }

    private static PebbleEngine.Builder engine() {
        var loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(PREFIX);
        loader.setCharset("UTF-8");
        return new PebbleEngine.Builder()
                .loader(loader)
                .extension(new ReportFilters())
                .autoEscaping(true)
                .strictVariables(true);
    }
}
