/** End-to-end tests of the runtime: parallel agents, partial failure, restart, the launcher. */
package io.tributary.it.runtime;
