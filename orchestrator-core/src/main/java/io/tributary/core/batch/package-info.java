/**
 * Generic Jakarta Batch artifacts: intake, agent steps (reader, processor, writer, checkpoint
 * algorithm, conclusion), the policy decider, synthesis and report steps, and the run listener.
 * Job XML refers to them by their {@code @Named} names.
 */
package io.tributary.core.batch;
