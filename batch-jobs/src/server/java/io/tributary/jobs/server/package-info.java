/**
 * The wiring of the runtime's services in a Jakarta EE server (only the WAR holds this package):
 * the store on the server's persistence unit and JTA, agent calls on its managed executor.
 */
package io.tributary.jobs.server;
