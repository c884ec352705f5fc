package io.tributary.it.partitions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.run.PartitionSummary;
import io.tributary.api.run.StoredFinding;
import io.tributary.core.store.ItemRecord;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import jakarta.batch.runtime.JobExecution;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionsIT {

    static final String TRAIN = "io/tributary/agents/press/internal/twitter-financial-news/sent_train.csv";
    static final String VALID = "press/sent_valid.csv";

    @TempDir
    Path tmp;

    @Test
    void everyHeadlineOfBothSplits_isAnalysedExactlyOnce_withBoundedConcurrency() throws Exception {
        // given a press dossier with every headline of the train and validation splits
        List<String> headlines = new ArrayList<>(read(TRAIN));
        headlines.addAll(read(VALID));
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Every Headline, Inc.");
        writePressCsv(dossier.resolve("press/headlines.csv"), headlines);

        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            // when the press agent runs in partitions of one 500-headline batch, at most 3 at once
            JobExecution e = it.run("it-partitions", ItRuntime.params("dossier", dossier.toString(),
                    "batchSize", "500", "maxPartitions", "3"));

            // then every headline has exactly one sentiment row, and the partitions add up
            long runId = it.runId(e.getExecutionId());
            assertThat(e.getExitStatus()).isEqualTo("PROCEED");
            List<StoredFinding> rows = it.runtime().store().findings(runId).stream()
                    .filter(f -> f.finding().topic().equals("press.headline-sentiment")).toList();
            Set<String> keys = new HashSet<>();
            rows.forEach(f -> keys.add(f.finding().key()));
            assertThat(rows).hasSize(headlines.size());
            assertThat(keys).hasSize(headlines.size());

            int batches = (headlines.size() + 499) / 500;
            List<PartitionSummary> partitions = it.runtime().store().partitions(runId);
            assertThat(partitions).hasSize(batches);
            assertThat(partitions).allSatisfy(p -> {
                assertThat(p.complete()).isTrue();
                assertThat(p.threads()).isEqualTo(3);
            });
            assertThat(partitions.stream().mapToInt(PartitionSummary::settled).sum()).isEqualTo(batches);

            List<ItemRecord> items = it.runtime().store().items(runId, "press", "press").stream()
                    .filter(i -> !i.itemKey().startsWith("#")).toList();
            int peak = peakOverlap(items);
            System.out.printf("%d headlines, %d partitions, peak concurrency %d (bound 3)%n", headlines.size(),
                    partitions.size(), peak);
            assertThat(peak).isBetween(1, 3);
            AgentOutcome press = it.runtime().store().outcomes(runId).get(0);
            assertThat(press.itemsDone()).isEqualTo(batches);
            assertThat(press.itemsTotal()).isEqualTo(batches);
        }
    }

    @Test
    void agentDeadline_boundsTheWholeAgent_acrossItsPartitions_andRestartResumesTheItemsNotStarted()
            throws Exception {
        Path log = tmp.resolve("calls.log");
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Many Items, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            // given 5,000 items of 10 ms each on 3 partition threads: more than 15 s of work
            JobExecution first = it.run("it-partitions", ItRuntime.params("dossier", dossier.toString(),
                    "agent", "batches", "approaches", "scripted", "items", "5000", "sleepMs", "10",
                    "script.log", log.toString(), "maxPartitions", "3", "agentTimeout", "PT5S"));

            // then the agent ends TIMED_OUT soon after its 5 s, with the items not started left alone
            long runId = it.runId(first.getExecutionId());
            AgentOutcome outcome = it.runtime().store().outcomes(runId).get(0);
            assertThat(outcome.status()).isEqualTo(AgentStatus.TIMED_OUT);
            assertThat(outcome.retriable()).isTrue();
            assertThat(Duration.between(outcome.startedAt(), outcome.endedAt())).isLessThan(Duration.ofSeconds(15));
            assertThat(outcome.error()).startsWith("did not finish within its deadline of PT5S");
            assertThat(first.getExitStatus()).isEqualTo("RETRY");
            int done = outcome.itemsDone();
            assertThat(done).isBetween(1, 4999);
            assertThat(CallLog.read(log)).hasSizeLessThan(5000);
            System.out.printf("%d of 5000 items settled in %s (%.0f items/s)%n", done,
                    Duration.between(outcome.startedAt(), outcome.endedAt()),
                    done * 1000.0 / Duration.between(outcome.startedAt(), outcome.endedAt()).toMillis());

            // when restarted with time enough and no sleep, only the items not settled are called
            int calledBefore = CallLog.read(log).size();
            JobExecution second = it.restart(first.getExecutionId(), ItRuntime.params("agentTimeout", "PT10M",
                    "sleepMs", "0"));

            assertThat(second.getExitStatus()).isEqualTo("PROCEED");
            assertThat(CallLog.read(log).size() - calledBefore).isEqualTo(5000 - done);
            assertThat(it.runtime().store().outcomes(runId).get(0).itemsDone()).isEqualTo(5000);
        }
    }

    @Test
    void partitionFailingOnItsFirstAttempt_isReported_andRestartRerunsOnlyIt() throws Exception {
        Path log = tmp.resolve("calls.log");
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Flaky Partition, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            JobExecution first = it.run("it-partitions", ItRuntime.params("dossier", dossier.toString(),
                    "agent", "batches", "approaches", "scripted", "items", "8", "fail", "retriable-once",
                    "failItem", "item-3", "script.log", log.toString(), "maxPartitions", "4"));

            long runId = it.runId(first.getExecutionId());
            assertThat(first.getExitStatus()).isEqualTo("RETRY");
            AgentOutcome outcome = it.runtime().store().outcomes(runId).get(0);
            assertThat(outcome.status()).isEqualTo(AgentStatus.FAILED);
            assertThat(outcome.error()).startsWith("7 of 8 item(s) analysed");
            assertThat(it.runtime().store().partitions(runId)).filteredOn(p -> !p.complete()).hasSize(1)
                    .allSatisfy(p -> assertThat(p.partition()).isEqualTo(2));
            assertThat(CallLog.read(log)).hasSize(8);

            JobExecution second = it.restart(first.getExecutionId(), ItRuntime.params());

            assertThat(second.getExitStatus()).isEqualTo("PROCEED");
            assertThat(CallLog.read(log)).hasSize(9);
            assertThat(CallLog.read(log).get(8).item()).isEqualTo("item-3");
            assertThat(it.runtime().store().findings(runId)).hasSize(8);
            assertThat(it.runtime().store().partitions(runId)).allSatisfy(p -> assertThat(p.complete()).isTrue());
            assertThat(it.runtime().store().outcomes(runId).get(0).itemsDone()).isEqualTo(8);
        }
    }

    /** The largest number of items being analysed at the same instant. */
    static int peakOverlap(List<ItemRecord> items) {
        List<Instant[]> events = new ArrayList<>();
        for (ItemRecord i : items) {
            events.add(new Instant[] {i.startedAt(), Instant.MIN});
            events.add(new Instant[] {i.endedAt(), Instant.MAX});
        }
        events.sort((a, b) -> a[0].equals(b[0]) ? (a[1] == Instant.MAX ? -1 : 1) : a[0].compareTo(b[0]));
        int now = 0;
        int peak = 0;
        for (Instant[] e : events) {
            now += e[1] == Instant.MIN ? 1 : -1;
            peak = Math.max(peak, now);
        }
        return peak;
    }

    private static List<String> read(String resource) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (InputStream in = PartitionsIT.class.getClassLoader().getResourceAsStream(resource);
                MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            List<String> texts = new ArrayList<>();
            rows.forEachRemaining(r -> texts.add(r.get("text")));
            return texts;
        }
    }

    private static void writePressCsv(Path file, List<String> headlines) throws Exception {
        Files.createDirectories(file.getParent());
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.builder().addColumn("date").addColumn("headline").addColumn("source").build()
                .withHeader();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (String h : headlines) {
                rows.add(Map.of("date", "", "headline", h, "source", "twitter-financial-news"));
            }
            mapper.writer(schema).writeValues(w).writeAll(rows);
        }
    }
}
