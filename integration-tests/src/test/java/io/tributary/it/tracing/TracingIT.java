package io.tributary.it.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.core.tracing.Tracing;
import io.tributary.it.support.ItRuntime;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracingIT {

    @TempDir
    Path tmp;

    @Test
    void oneTracePerExecution_parallelAgentSpansOverlap_andRestartLinksToTheFirstTrace() throws Exception {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Traced, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"), Tracing.exportingTo(exporter))) {
            JobExecution first = it.run("it-five", ItRuntime.params("dossier", dossier.toString(),
                    "financials.sleepMs", "300", "press.sleepMs", "300", "regulatory.sleepMs", "300",
                    "patents.sleepMs", "300", "patents.fail", "retriable", "leadership.sleepMs", "300"));
            long runId = it.runId(first.getExecutionId());

            // the root span ends in the job listener, just after the batch status is final
            awaitRoot(exporter);
            List<SpanData> spans = exporter.getFinishedSpanItems();
            Set<String> traces = spans.stream().map(SpanData::getTraceId).collect(Collectors.toSet());
            assertThat(traces).hasSize(1);
            String traceId = traces.iterator().next();
            SpanData root = spans.stream().filter(s -> s.getName().equals("job it-five")).findFirst().orElseThrow();
            assertThat(root.getParentSpanContext().isValid()).isFalse();
            List<SpanData> agents = spans.stream().filter(s -> s.getName().startsWith("agent ")).toList();
            assertThat(agents).hasSize(5).allSatisfy(s -> {
                assertThat(s.getParentSpanId()).isEqualTo(root.getSpanId());
                assertThat(s.getAttributes().get(Tracing.AGENT)).isNotBlank();
            });
            long latestStart = agents.stream().mapToLong(SpanData::getStartEpochNanos).max().orElseThrow();
            long earliestEnd = agents.stream().mapToLong(SpanData::getEndEpochNanos).min().orElseThrow();
            assertThat(latestStart).isLessThan(earliestEnd);
            assertThat(spans).anySatisfy(s -> assertThat(s.getName()).isEqualTo("call patents"));
            assertThat(spans).extracting(SpanData::getName).contains("intake", "policy");
            assertThat(it.runtime().store().outcomes(runId)).extracting(AgentOutcome::traceId).containsOnly(traceId);

            exporter.reset();
            JobExecution second = it.restart(first.getExecutionId(), ItRuntime.params("patents.fail", ""));
            awaitRoot(exporter);

            SpanData restartRoot = exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals("job it-five"))
                    .findFirst().orElseThrow();
            assertThat(restartRoot.getTraceId()).isNotEqualTo(traceId);
            assertThat(restartRoot.getLinks()).anySatisfy(l -> {
                assertThat(l.getSpanContext().getTraceId()).isEqualTo(traceId);
                assertThat(l.getSpanContext().getSpanId()).isEqualTo(root.getSpanId());
            });
            assertThat(second.getExitStatus()).isEqualTo("PROCEED");
            assertThat(it.runtime().store().run(runId).orElseThrow().traceId()).isEqualTo(restartRoot.getTraceId());
        }
    }

    private static void awaitRoot(InMemorySpanExporter exporter) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> exporter.getFinishedSpanItems().stream()
                .anyMatch(s -> s.getName().equals("job it-five")));
    }
}
