package io.tributary.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Write your own job" section shows the complete files a user writes, taken from the
 * bundled release-readiness job: they must stay the files that ship.
 */
class ReadmeJobTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern FENCE = Pattern.compile("```(?:java|xml)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void readmeShowsTheShippedAgentBean_andTheShippedJobXml_unchanged() throws IOException {
        List<String> blocks = codeBlocks(section());
        assertThat(blocks).as("code blocks of 'Write your own job'").contains(
                read("agents/src/main/java/io/tributary/agents/repo/TestsAgent.java"),
                read("batch-jobs/src/main/resources/META-INF/batch-jobs/release-readiness.xml"));
    }

    @Test
    void writeYourOwnJob_comesBeforeCapacityAndPerformance() throws IOException {
        String readme = read("README.md");
        assertThat(readme.indexOf("\n## Write your own job")).isPositive()
                .isLessThan(readme.indexOf("\n## Capacity and performance"));
    }

    private static String section() throws IOException {
        String readme = read("README.md");
        int start = readme.indexOf("\n## Write your own job");
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> codeBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static String read(String relative) throws IOException {
        return Files.readString(PROJECT.resolve(relative));
    }
}
