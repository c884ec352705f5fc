/** The synthesis of the release-readiness job: ready, ready with conditions, or not ready. */
package io.tributary.synthesis.release;
