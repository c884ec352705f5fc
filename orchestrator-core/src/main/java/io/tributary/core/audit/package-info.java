/** Auditing a job as deployed: a fault injector, the policy's expected decisions, drill cases and the drill that runs them. */
package io.tributary.core.audit;
