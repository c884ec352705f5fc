/** Implementation of the release-readiness synthesis: the rules that draw the verdict. */
package io.tributary.synthesis.release.internal;
