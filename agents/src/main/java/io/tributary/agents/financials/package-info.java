/** The financial-statements agent: multi-year figures from XBRL, their trends and what they mean for a deal. */
package io.tributary.agents.financials;
