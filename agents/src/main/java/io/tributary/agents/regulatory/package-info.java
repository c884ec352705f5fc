/** The regulatory-filings agent: 8-K events by year, risk language in annual reports, company press releases filed as exhibits. */
package io.tributary.agents.regulatory;
