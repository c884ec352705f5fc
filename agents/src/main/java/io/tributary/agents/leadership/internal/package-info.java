/** Parsing of executive-officer sections, officer-change events and insider filings, and the rules that judge them. */
package io.tributary.agents.leadership.internal;
