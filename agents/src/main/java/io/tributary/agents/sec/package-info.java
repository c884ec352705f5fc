/** Readers for the formats SEC EDGAR serves: XBRL companyfacts, inline XBRL, submissions, full-submission SGML, filing text and ownership XML. */
package io.tributary.agents.sec;
