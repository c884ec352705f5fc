/**
 * The patents agent: reads USPTO Patent Public Search results from the dossier and concludes on
 * the size, kinds, recency, technology themes and inventor concentration of the portfolio.
 */
package io.tributary.agents.patents;
