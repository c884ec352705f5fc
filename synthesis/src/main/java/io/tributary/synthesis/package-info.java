/** The due-diligence synthesizer and the provenance query that traces its conclusions to agents and documents. */
package io.tributary.synthesis;
