/** The per-document analysis behind the regulatory agent: item events, risk-language scanning and the yearly summary. */
package io.tributary.agents.regulatory.internal;
