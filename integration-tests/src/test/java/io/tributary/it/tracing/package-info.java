/** Tracing end to end: one trace per execution, overlapping agent spans, restart links. */
package io.tributary.it.tracing;
