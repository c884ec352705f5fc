/**
 * The agent SPI: an agent is a CDI bean, {@code @Named} with the name job XML uses, that
 * analyses one task and returns findings with their evidence and its usage.
 */
package io.tributary.api.agent;
