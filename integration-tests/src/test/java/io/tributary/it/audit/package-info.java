/** The audit drill against the shipped job and against deliberately broken ones. */
package io.tributary.it.audit;
