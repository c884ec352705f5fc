/** Starting the runtime: database, result store, Weld SE and JBeret SE in one container. */
package io.tributary.core.bootstrap;
