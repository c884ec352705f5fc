package io.tributary.core.bootstrap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.bootstrap.TributaryBatchEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchXmlOnceTest {

    private static final String BATCH_XML = "<batch-artifacts xmlns=\"https://jakarta.ee/xml/ns/jakartaee\">"
            + "<ref id=\"reader\" class=\"com.example.Reader\"/></batch-artifacts>";

    @TempDir
    Path classes;

    @Test
    void batchXml_readManyTimes_isAskedOfTheApplicationOnceAndReadTheSameEachTime() throws IOException {
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve("META-INF/batch.xml"), BATCH_XML);
        CountingLoader application = new CountingLoader(classes);

        BatchXmlOnce view = BatchXmlOnce.of(application);

        for (int i = 0; i < 3; i++) {
            try (InputStream in = view.getResourceAsStream(BatchXmlOnce.BATCH_XML)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(BATCH_XML);
            }
        }
        assertThat(application.batchXmlLookups).hasValue(1);
    }

    @Test
    void anApplicationWithoutBatchXml_isSearchedOnceAndAnsweredNoneAfter() throws IOException {
        CountingLoader application = new CountingLoader(classes);

        BatchXmlOnce view = BatchXmlOnce.of(application);

        assertThat(view.getResourceAsStream(BatchXmlOnce.BATCH_XML)).isNull();
        assertThat(view.getResourceAsStream(BatchXmlOnce.BATCH_XML)).isNull();
        assertThat(application.batchXmlLookups).hasValue(1);
    }

    @Test
    void otherResourcesAndClasses_comeFromTheApplicationItself() throws Exception {
        Files.writeString(classes.resolve("job.xml"), "<job/>");
        CountingLoader application = new CountingLoader(classes);

        BatchXmlOnce view = BatchXmlOnce.of(application);

        try (InputStream in = view.getResourceAsStream("job.xml")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<job/>");
        }
        assertThat(view.loadClass(BatchXmlOnceTest.class.getName())).isSameAs(BatchXmlOnceTest.class);
        assertThat(view.views(application)).isTrue();
        assertThat(view.views(getClass().getClassLoader())).isFalse();
    }

    @Test
    void theEnvironment_keepsOneViewPerContextLoaderAndTakesANewOneWhenTheLoaderChanges() throws IOException {
        TributaryBatchEnvironment env = new TributaryBatchEnvironment(null, null, 0);
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (CountingLoader other = new CountingLoader(classes)) {
            ClassLoader first = env.getClassLoader();
            assertThat(env.getClassLoader()).isSameAs(first).isInstanceOf(BatchXmlOnce.class);
            assertThat(((BatchXmlOnce) first).views(original)).isTrue();

            thread.setContextClassLoader(other);
            ClassLoader second = env.getClassLoader();
            assertThat(((BatchXmlOnce) second).views(other)).isTrue();

            thread.setContextClassLoader(second); // a thread already running with the view keeps it
            assertThat(env.getClassLoader()).isSameAs(second);
        } finally {
            thread.setContextClassLoader(original);
            env.executorService().shutdownNow();
        }
    }

    /** A class path of one directory that counts the lookups of batch.xml. */
    private static final class CountingLoader extends URLClassLoader {

        final AtomicInteger batchXmlLookups = new AtomicInteger();

        CountingLoader(Path directory) throws IOException {
            super(new URL[] {directory.toUri().toURL()}, BatchXmlOnceTest.class.getClassLoader());
        }

        @Override
        public URL getResource(String name) {
            if (BatchXmlOnce.BATCH_XML.equals(name)) {
                batchXmlLookups.incrementAndGet();
            }
            return super.getResource(name);
        }
    }
}
