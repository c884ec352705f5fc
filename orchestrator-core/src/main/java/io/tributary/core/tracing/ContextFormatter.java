package io.tributary.core.tracing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** One line per record: time, level, logger, the thread's {@link LogContext}, message, and the stack trace if any. */
public final class ContextFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord r) {
        StringBuilder s = new StringBuilder(160)
                .append(TIME.format(r.getInstant())).append(' ')
                .append(String.format("%-7s", r.getLevel().getName())).append(' ')
                .append(shortName(r.getLoggerName())).append(": ")
                .append(LogContext.current())
                .append(formatMessage(r)).append(System.lineSeparator());
        if (r.getThrown() != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            r.getThrown().printStackTrace(new java.io.PrintWriter(trace));
            s.append(trace);
        }
        return s.toString();
    }

    private static String shortName(String logger) {
        if (logger == null) {
            return "";
        }
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }
}
