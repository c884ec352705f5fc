/**
 * The synthesis SPI and its results: from a run's stored outcomes and findings to an assessment
 * (ratings, recommendation, contradictions, consensus, provenance) and its reports.
 */
package io.tributary.api.synthesis;
