/** Reading declared partial-failure policies and evaluating them on stored outcomes. */
package io.tributary.core.policy;
