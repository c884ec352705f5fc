/**
 * The synthesis SPI and the building blocks any job's synthesis uses: coverage of the declared
 * roles, contradictions, consensus across approaches, provenance, statements and follow-ups.
 */
package io.tributary.api.synthesis;
