/** Calling agents: deadlines, retries with backoff for retriable errors, bulkheads per provider, thread choice. */
package io.tributary.core.agent;
