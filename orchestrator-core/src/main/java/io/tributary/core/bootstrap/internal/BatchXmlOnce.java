package io.tributary.core.bootstrap.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * An application's class loader, as JBeret sees it, with its {@code META-INF/batch.xml} read once.
 * JBeret looks the file up for every job it starts, and a class loader that has none searches every
 * entry of its class path to say so each time; this view asks once and then answers from what it
 * found. Everything else, classes first of all, comes from the application's loader itself: this
 * one defines nothing, so every class keeps its identity.
 */
public final class BatchXmlOnce extends ClassLoader {

    /** Where JBeret looks for an archive's artifact names. */
    public static final String BATCH_XML = "META-INF/batch.xml";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader application;
    /** The file's bytes; null when the application has none. */
    private final byte[] batchXml;

    private BatchXmlOnce(ClassLoader application, byte[] batchXml) {
        super(application);
        this.application = application;
        this.batchXml = batchXml;
    }

    /** A view of {@code application}, reading its batch.xml now. */
    public static BatchXmlOnce of(ClassLoader application) {
        Objects.requireNonNull(application, "application");
        try (InputStream in = application.getResourceAsStream(BATCH_XML)) {
            return new BatchXmlOnce(application, in == null ? null : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BATCH_XML + " of the application's class path", e);
        }
    }

    /** Whether this is the view of {@code loader}. */
    public boolean views(ClassLoader loader) {
        return application == loader;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (BATCH_XML.equals(name)) {
            return batchXml == null ? null : new ByteArrayInputStream(batchXml);
        }
        return super.getResourceAsStream(name);
    }
}
