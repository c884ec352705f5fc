/** Implementation of the press agent: CSV reading, work items, both classifiers and the balance. */
package io.tributary.agents.press.internal;
