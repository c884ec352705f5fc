/** The result store: runs, agent outcomes, findings, decisions and the shared aggregates, with row locks. */
package io.tributary.core.store;
