/** The synthesis SPI: from a run's stored outcomes and findings to an assessment and its reports. */
package io.tributary.api.synthesis;
