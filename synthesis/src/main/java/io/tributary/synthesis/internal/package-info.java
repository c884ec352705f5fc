/** The rules behind the due-diligence synthesis: coverage, consensus, ratings, contradictions, recommendation. */
package io.tributary.synthesis.internal;
