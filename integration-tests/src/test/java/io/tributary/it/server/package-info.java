/** End-to-end tests on a real Jakarta EE 11 server: the WAR deployed to a managed WildFly Preview. */
package io.tributary.it.server;
