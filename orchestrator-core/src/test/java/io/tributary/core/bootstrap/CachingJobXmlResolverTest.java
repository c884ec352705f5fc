package io.tributary.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jberet.spi.JobXmlResolver;
import org.junit.jupiter.api.Test;

class CachingJobXmlResolverTest {

    /** Serves one job XML and counts how often it is asked. */
    private static final class CountingResolver implements JobXmlResolver {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public InputStream resolveJobXml(String jobXml, ClassLoader classLoader) {
            asked.incrementAndGet();
            return jobXml.equals("known") ? new ByteArrayInputStream("<job id=\"known\"/>".getBytes(StandardCharsets.UTF_8))
                    : null;
        }

        @Override
        public Collection<String> getJobXmlNames(ClassLoader classLoader) {
            return List.of("known");
        }

        @Override
        public String resolveJobName(String jobXml, ClassLoader classLoader) {
            return jobXml;
        }
    }

    @Test
    void knownJob_isLookedUpOnce_andServedAgain() throws Exception {
        CountingResolver source = new CountingResolver();
        CachingJobXmlResolver resolver = new CachingJobXmlResolver(source);
        ClassLoader cl = getClass().getClassLoader();

        String first = new String(resolver.resolveJobXml("known", cl).readAllBytes(), StandardCharsets.UTF_8);
        String second = new String(resolver.resolveJobXml("known", cl).readAllBytes(), StandardCharsets.UTF_8);

        assertThat(first).isEqualTo("<job id=\"known\"/>").isEqualTo(second);
        assertThat(source.asked).hasValue(1);
    }

    @Test
    void unknownJob_isNotRemembered() throws Exception {
        CountingResolver source = new CountingResolver();
        CachingJobXmlResolver resolver = new CachingJobXmlResolver(source);

        assertThat(resolver.resolveJobXml("missing", getClass().getClassLoader())).isNull();
        assertThat(resolver.resolveJobXml("missing", getClass().getClassLoader())).isNull();

        assertThat(source.asked).hasValue(2);
    }

    @Test
    void preparedJob_isPreparedOnce_andAFailedPreparationIsNotRemembered() throws Exception {
        CountingResolver source = new CountingResolver();
        AtomicInteger prepared = new AtomicInteger();
        CachingJobXmlResolver resolver = new CachingJobXmlResolver(source, (bytes, name) -> {
            if (prepared.incrementAndGet() == 1) {
                throw new IllegalStateException("refused " + name);
            }
            return (new String(bytes, StandardCharsets.UTF_8) + "<!-- prepared -->").getBytes(StandardCharsets.UTF_8);
        });
        ClassLoader cl = getClass().getClassLoader();

        assertThatThrownBy(() -> resolver.resolveJobXml("known", cl)).hasMessage("refused known");
        String first = new String(resolver.resolveJobXml("known", cl).readAllBytes(), StandardCharsets.UTF_8);
        String second = new String(resolver.resolveJobXml("known", cl).readAllBytes(), StandardCharsets.UTF_8);

        assertThat(first).endsWith("<!-- prepared -->").isEqualTo(second);
        assertThat(prepared).hasValue(2);
        assertThat(source.asked).hasValue(2);
    }

    @Test
    void batchPoolOfOneThread_isRefused_withTheSettingNamed() {
        assertThatThrownBy(() -> new TributaryBatchEnvironment(null, null, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("batch.threads.max must be 0 (unbounded) or at least 2");
    }
}
