/** How the Java SE bootstrap reaches its database: embedded H2 files, credentials, connection failures and reconnection. */
package io.tributary.core.bootstrap.internal;
