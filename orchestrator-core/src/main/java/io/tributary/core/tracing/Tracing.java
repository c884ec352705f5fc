package io.tributary.core.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.tributary.api.InvalidInputException;
import io.tributary.core.config.Settings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Traces job executions with OpenTelemetry: one trace per execution (its root span lives from
 * the job's start to its end), a span per step, agent, partition and agent call under it, so
 * that parallel agents show as overlapping spans of one trace. A restarted execution's root span
 * links to the trace it restarts. Spans always get real ids (stored with every result); they are
 * exported only when an exporter is configured ({@code tracing.exporter=otlp}).
 */
public final class Tracing implements AutoCloseable {

    public static final AttributeKey<String> JOB = AttributeKey.stringKey("tributary.job");
    public static final AttributeKey<Long> EXECUTION = AttributeKey.longKey("tributary.execution.id");
    public static final AttributeKey<Long> RUN = AttributeKey.longKey("tributary.run.id");
    public static final AttributeKey<String> STEP = AttributeKey.stringKey("tributary.step");
    public static final AttributeKey<String> AGENT = AttributeKey.stringKey("tributary.agent");
    public static final AttributeKey<String> APPROACH = AttributeKey.stringKey("tributary.approach");
    public static final AttributeKey<String> ITEM = AttributeKey.stringKey("tributary.item");
    public static final AttributeKey<Long> PARTITION = AttributeKey.longKey("tributary.partition");
    public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("tributary.outcome");

    private final SdkTracerProvider provider;
    private final Tracer tracer;
    private final Map<Long, Span> jobs = new ConcurrentHashMap<>();

    private Tracing(SdkTracerProvider provider) {
        this.provider = provider;
        this.tracer = provider.get("io.tributary", "0.1.0");
    }

    /** Tracing per the settings {@code tracing.exporter} (none | otlp), {@code tracing.otlp.endpoint} and {@code tracing.otlp.protocol}. */
    public static Tracing fromSettings(Settings settings) {
        String exporter = settings.get("tracing.exporter", "none");
        SdkTracerProviderBuilder builder = SdkTracerProvider.builder().setResource(Resource.getDefault().merge(
                Resource.create(Attributes.of(AttributeKey.stringKey("service.name"),
                        settings.get("tracing.service", "tributary")))));
        switch (exporter) {
            case "none":
                // Without a processor the SDK would hand out non-recording spans with zero ids;
                // results must still carry real trace ids, so spans are recorded and dropped.
                builder.addSpanProcessor(SimpleSpanProcessor.create(SpanExporter.composite()));
                break;
            case "otlp":
                builder.addSpanProcessor(BatchSpanProcessor.builder(otlp(settings)).build());
                break;
            default:
                throw new InvalidInputException("tracing.exporter must be none or otlp, was '" + exporter + "'");
        }
        return new Tracing(builder.build());
    }

    /** Tracing that hands every span to {@code exporter} as it ends (tests: an in-memory exporter). */
    public static Tracing exportingTo(SpanExporter exporter) {
        return new Tracing(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build());
    }

    private static SpanExporter otlp(Settings settings) {
        String endpoint = settings.get("tracing.otlp.endpoint", "http://127.0.0.1:4318/v1/traces");
        String protocol = settings.get("tracing.otlp.protocol", "http/protobuf");
        if (protocol.equals("grpc")) {
            return OtlpGrpcSpanExporter.builder().setEndpoint(endpoint).build();
        }
        return OtlpHttpSpanExporter.builder().setEndpoint(endpoint).build();
    }

    /** Starts the root span of a job execution, linked to the execution it restarts if any. */
    public Span startJob(String job, long runId, long executionId, Optional<SpanContext> restartOf) {
        SpanBuilder b = tracer.spanBuilder("job " + job).setSpanKind(SpanKind.INTERNAL).setNoParent()
                .setAttribute(JOB, job).setAttribute(RUN, runId).setAttribute(EXECUTION, executionId);
        restartOf.filter(SpanContext::isValid).ifPresent(previous -> b.addLink(previous,
                Attributes.of(AttributeKey.stringKey("tributary.link"), "restart of")));
        Span span = b.startSpan();
        jobs.put(executionId, span);
        return span;
    }

    /** Ends an execution's root span with its outcome. */
    public void endJob(long executionId, String outcome, boolean failed) {
        Span span = jobs.remove(executionId);
        if (span != null) {
            span.setAttribute(OUTCOME, outcome);
            if (failed) {
                span.setStatus(StatusCode.ERROR, outcome);
            }
            span.end();
        }
    }

    /** The root span of a running execution, if this JVM runs it. */
    public Optional<Span> job(long executionId) {
        return Optional.ofNullable(jobs.get(executionId));
    }

    /** Starts a span under {@code parent}, or under the execution's root span when {@code parent} is null. */
    public Span start(String name, long executionId, Span parent, Attributes attributes) {
        Span up = parent != null ? parent : jobs.get(executionId);
        SpanBuilder b = tracer.spanBuilder(name).setAllAttributes(attributes).setAttribute(EXECUTION, executionId);
        if (up != null) {
            b.setParent(Context.root().with(up));
        }
        return b.startSpan();
    }

    /** A span context from stored ids, for links; invalid if the ids are not. */
    public static SpanContext remote(String traceId, String spanId) {
        return SpanContext.createFromRemoteParent(traceId == null ? "" : traceId, spanId == null ? "" : spanId,
                TraceFlags.getSampled(), TraceState.getDefault());
    }

    @Override
    public void close() {
        provider.shutdown().join(10, TimeUnit.SECONDS);
    }
}
