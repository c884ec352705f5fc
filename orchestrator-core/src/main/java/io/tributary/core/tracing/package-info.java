/** Tracing (OpenTelemetry: one trace per job execution, spans per step, agent, partition and call) and log context. */
package io.tributary.core.tracing;
