/**
 * How the Java SE bootstrap reaches its database: embedded H2 files, credentials, connection
 * failures and reconnection, and the job repository JBeret writes through.
 */
package io.tributary.core.bootstrap.internal;
