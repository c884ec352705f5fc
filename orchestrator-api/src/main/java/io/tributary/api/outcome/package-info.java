/** How each agent of a run ended, as stored and as the policy sees it. */
package io.tributary.api.outcome;
