/** The leadership agent: executive officers and their tenure, officer turnover, insider transactions. */
package io.tributary.agents.leadership;
