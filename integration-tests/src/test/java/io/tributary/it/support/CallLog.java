package io.tributary.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/** Agent calls appended to a file, one line each, readable from any process. */
public final class CallLog {

    /** One call: which agent and item, when, and how it ended (ok, retriable, fatal, interrupted). */
    public record Call(String agent, String item, Instant start, Instant end, String result) {
    }

    private CallLog() {
    }

    public static synchronized void append(Path file, Call call) {
        String line = String.join("\t", call.agent(), call.item(), call.start().toString(), call.end().toString(),
                call.result()) + "\n";
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            ch.write(java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the call log " + file, e);
        }
    }

    public static List<Call> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                    .map(p -> new Call(p[0], p[1], Instant.parse(p[2]), Instant.parse(p[3]), p[4])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long count(Path file, String agent) {
        return read(file).stream().filter(c -> c.agent().equals(agent)).count();
    }
}
