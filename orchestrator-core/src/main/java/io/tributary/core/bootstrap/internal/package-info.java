/**
 * How the Java SE bootstrap reaches its database: embedded H2 files, credentials, connection
 * failures and reconnection, the job repository JBeret writes through, and the job operator that
 * parses each job once.
 */
package io.tributary.core.bootstrap.internal;
