/** The result store under concurrency, on H2 and PostgreSQL: no update is ever lost. */
package io.tributary.it.store;
