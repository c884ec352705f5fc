/** The financial history the agent builds from XBRL sources and the rules that turn it into findings. */
package io.tributary.agents.financials.internal;
