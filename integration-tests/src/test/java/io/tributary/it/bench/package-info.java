/** Benchmarks of the runtime against sequential calls, a bare fan-out and LangChain4j's parallel workflow, and a check of the capacity model (profile bench). */
package io.tributary.it.bench;
