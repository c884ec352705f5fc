/** Partial-failure policy: how a run's agent outcomes become one decision. */
package io.tributary.api.policy;
